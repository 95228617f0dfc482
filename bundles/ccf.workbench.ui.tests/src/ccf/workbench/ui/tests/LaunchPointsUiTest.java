/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CCF wizards from the main menu, the main toolbar and the Project Explorer's context menu. */
class LaunchPointsUiTest {

	private static final String GENERATE = "ccf.workbench.ui.editor.generate";

	private ArticleProject article;
	private IWorkbenchPage page;
	private IProject project;
	private IFile model;

	@BeforeEach
	void createADeploymentProject() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		article = ArticleProject.create("Launch", "fabrikam.ccf", true);
		page = article.page;
		project = article.project;
		model = article.model;
	}

	@AfterEach
	void deleteIt() throws Exception {
		article.delete();
	}

	private IViewPart explorerSelecting(Object element) throws Exception {
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(element));
		page.activate(explorer);
		UiEvents.process();
		return explorer;
	}

	/** @return the texts of a menu's items, without mnemonics, after it was filled as when it is shown */
	private static List<String> shown(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "").replaceAll("\t.*", "")).toList();
	}

	private static Menu submenu(Menu menu, String text) {
		shown(menu);
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals(text))
				.map(MenuItem::getMenu).findFirst().orElseThrow(() -> new AssertionError("no menu " + text));
	}

	private static void toolItems(Control control, List<ToolItem> items) {
		if (control instanceof ToolBar bar) {
			items.addAll(Arrays.asList(bar.getItems()));
		}
		if (control instanceof Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(child -> toolItems(child, items));
		}
	}

	@Test
	void theWizardsAreInTheCcfMenuAndOnTheMainToolbar() throws Exception {
		explorerSelecting(model);
		Shell window = page.getWorkbenchWindow().getShell();

		assertThat(shown(submenu(window.getMenuBar(), "CCF"))).containsSubsequence("New CCF Deployment...",
				"Import CCF Configuration Files...", "Generate Remediation...");
		List<ToolItem> tools = new ArrayList<>();
		toolItems(window, tools);
		assertThat(tools).extracting(ToolItem::getToolTipText).anySatisfy(tip -> assertThat(tip).startsWith("New CCF deployment"))
				.anySatisfy(tip -> assertThat(tip).startsWith("Import the configuration files"))
				.anySatisfy(tip -> assertThat(tip).startsWith("Generate the KB 969803 remediation"));
		assertThat(tools).filteredOn(tool -> tool.getToolTipText() != null && tool.getToolTipText().startsWith("Generate"))
				.singleElement().satisfies(tool -> assertThat(tool.getImage()).isNotNull());
		Screenshots.save(window, "launch-points-toolbar");
	}

	@Test
	void theProjectExplorerOffersGenerateOnAModelAndOnItsProject() throws Exception {
		for (Object selected : List.of(model, project)) {
			Menu context = tree(explorerSelecting(selected)).getMenu();

			assertThat(shown(submenu(context, "CCF"))).as("on %s", selected).containsExactly("Generate Remediation...",
					"New CCF Deployment...", "Import CCF Configuration Files...");
			if (selected == model) {
				context.setVisible(true);
				UiEvents.process();
				Screenshots.save(page.getWorkbenchWindow().getShell(), "launch-points-explorer-menu");
				context.setVisible(false);
			}
		}
		IFile notes = project.getFile("notes.txt");
		notes.create(new ByteArrayInputStream(new byte[0]), true, new NullProgressMonitor());
		assertThat(shown(submenu(tree(explorerSelecting(notes)).getMenu(), "CCF"))).as("on a file that is not a model")
				.containsExactly("New CCF Deployment...", "Import CCF Configuration Files...");
	}

	private static Control tree(IViewPart explorer) {
		return ((org.eclipse.ui.navigator.CommonNavigator) explorer).getCommonViewer().getControl();
	}

	@Test
	void generateOnTheModelSelectedInTheExplorerWorksWithoutAnEditor() throws Exception {
		explorerSelecting(model);
		assertThat(page.getEditorReferences()).isEmpty();
		assertThat(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(GENERATE).isEnabled()).isTrue();
		Display display = Display.getCurrent();
		AtomicReference<String> opened = new AtomicReference<>();
		Runnable closeTheWizard = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && shell.getData() instanceof WizardDialog dialog
							&& dialog.getCurrentPage() != null) {
						opened.set(dialog.getCurrentPage().getDescription());
						dialog.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		};
		display.timerExec(100, closeTheWizard);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GENERATE, null);

		UiEvents.waitUntil("the Generate wizard", 30, () -> opened.get() != null);
		assertThat(opened.get()).contains("fabrikam.ccf");
	}
}
