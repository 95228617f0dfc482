/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.ui.explorer.DeploymentExplorer;
import ccf.workbench.ui.internal.DeploymentPerspective;

/** The running CCF Workbench, as a person sees it after the first start. */
class DeploymentExplorerUiTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void workbenchWindow() {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = window.getActivePage();
		UiEvents.process();
	}

	@Test
	void firstStartShowsTheSampleDeploymentInTheExplorer() throws Exception {
		assertThat(page.getPerspective().getId()).isEqualTo(DeploymentPerspective.ID);
		assertThat(window.getShell().getText()).contains("CCF Workbench");
		DeploymentExplorer explorer = (DeploymentExplorer) page.findView(DeploymentExplorer.ID);
		assertThat(explorer).as("the Deployment Explorer is open").isNotNull();

		explorer.getViewer().expandAll();
		UiEvents.process();
		List<String> labels = labels(explorer.getViewer().getTree());

		assertThat(labels).contains("Deployment Fabrikam", "Web Server CCFIIS", "Alias CCFIISAlias",
				"Service Account ASPUSER", "App Pool CcfPool", "AgentCredentials in CcfPool",
				"host/CCFIIS on FABRIKAM\\CCFIIS$");
		Path shot = Screenshots.save(window.getShell(), "deployment-explorer");
		assertThat(Files.size(shot)).isPositive();
	}

	@Test
	void selectingTheServerShowsItsPropertiesInThePropertiesView() throws Exception {
		DeploymentExplorer explorer = (DeploymentExplorer) page.findView(DeploymentExplorer.ID);
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(explorer);
		WebServer server = explorer.getDeployment().getWebServers().get(0);

		explorer.getViewer().setSelection(new StructuredSelection(server), true);
		UiEvents.process();

		Tree table = (Tree) properties.getCurrentPage().getControl();
		List<String> rows = new ArrayList<>();
		for (TreeItem item : table.getItems()) {
			rows.add(item.getText(0) + "=" + item.getText(1));
			for (TreeItem child : item.getItems()) {
				rows.add(child.getText(0) + "=" + child.getText(1));
			}
		}
		assertThat(rows).contains("Name=CCFIIS", "Fqdn=ccfiis.fabrikam.com", "Iis Version=7.0");
		Screenshots.save(window.getShell(), "properties-of-web-server");
	}

	private static List<String> labels(Tree tree) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, labels);
		}
		return labels;
	}

	private static void collect(TreeItem item, List<String> labels) {
		labels.add(item.getText());
		for (TreeItem child : item.getItems()) {
			collect(child, labels);
		}
	}
}
