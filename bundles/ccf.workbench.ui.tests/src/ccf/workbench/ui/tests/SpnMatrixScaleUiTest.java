/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ccf.workbench.ui.diagram.spn.SpnCellState;
import ccf.workbench.ui.diagram.spn.SpnMatrixView;
import ccf.workbench.ui.editor.CcfProjectNature;

/** The SPN matrix on a deployment of a few thousand lines: filled in seconds, where it once held the UI for minutes. */
class SpnMatrixScaleUiTest {

	private static final int SITES = 400;

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private IProject project;

	@AfterEach
	void close() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	/** Each site a server with its own host/ SPNs and an alias whose SPNs its pool account lacks. */
	private static String deploymentOfSites(int sites) {
		StringBuilder text = new StringBuilder("deployment Contoso {\n\tdomain CONTOSO dns \"contoso.com\" {\n"
				+ "\t\tcontroller DC01\n\t}\n");
		for (int site = 0; site < sites; site++) {
			text.append(String.format(Locale.ROOT, """
						account CONTOSO\\SVC%1$d upn "SVC%1$d@contoso.com"
						server WEB%1$d in CONTOSO fqdn "web%1$d.contoso.com" windows server-2008 iis 7.0 kernel-mode {
							pool CcfPool%1$d identity SVC%1$d
							service ContactCenter in CcfPool%1$d
						}
						alias CCF%1$d for WEB%1$d
						spn host/WEB%1$d on WEB%1$d
						spn host/web%1$d.contoso.com on WEB%1$d
					""", site));
		}
		return text.append("}\n").toString();
	}

	@Test
	void theMatrixOfALargeDeploymentIsFilledInSecondsAndShowsItsMissingSpns() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("SpnMatrixScale");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		CcfProjectNature.addTo(project, new NullProgressMonitor());
		IFile file = project.getFile("contoso.ccf");
		String text = deploymentOfSites(SITES);
		assertThat(text.lines().count()).isGreaterThan(3000);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		SpnMatrixView view = (SpnMatrixView) page.showView(SpnMatrixView.ID);
		long start = System.nanoTime();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file, true);
		page.activate(editor);

		// Generous: this guards against the minutes-long fill of a TableItem per principal, it is no benchmark.
		UiEvents.waitUntil("the SPN matrix of " + SITES + " sites", 20, () -> !view.matrix().principals().isEmpty());
		UiEvents.process();
		assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(20);

		assertThat(view.table().getItemCount()).isEqualTo(view.matrix().principals().size());
		List<String> headers = Arrays.stream(view.table().getColumns()).map(c -> c.getText()).toList();
		// The computers' own host/ SPNs are left out, the alias SPNs to register kept, as many as the table takes.
		assertThat(headers).hasSizeLessThanOrEqualTo(SpnMatrixView.WIDE + 1).contains("host/CCF7")
				.doesNotContain("host/WEB7");
		int row = view.matrix().principals().indexOf("CONTOSO\\SVC7");
		TableItem account = view.table().getItem(row);
		assertThat(account.getText(0)).isEqualTo("CONTOSO\\SVC7");
		assertThat(account.getText(headers.indexOf("host/CCF7"))).isEqualTo("missing");
		assertThat(view.fixes(row, headers.indexOf("host/CCF7") - 1)).isNotEmpty();

		// The SPNs past the first to check are reached through the filter.
		assertThat(headers).doesNotContain("host/CCF350");
		view.filter().setText("ccf350");
		UiEvents.process();
		assertThat(view.matrix().spns()).containsExactlyInAnyOrder("host/CCF350", "host/ccf350.contoso.com");
		assertThat(view.matrix().principals()).containsExactly("CONTOSO\\SVC350");
		assertThat(view.matrix().cell("CONTOSO\\SVC350", "host/CCF350").state()).isEqualTo(SpnCellState.MISSING);
		view.filter().setText("");
		UiEvents.process();
		assertThat(view.matrix().spns()).hasSize(SpnMatrixView.WIDE);
	}
}
