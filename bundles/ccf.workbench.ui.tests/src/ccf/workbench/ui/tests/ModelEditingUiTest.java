/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.ui.diagram.layout.NodeBox;
import ccf.workbench.ui.diagram.view.TopologyView;
import ccf.workbench.ui.emf.ValueListDialog;
import ccf.workbench.ui.explorer.DeploymentExplorer;

/**
 * Editing the model of an open .ccf editor in the Properties view and the Deployment Explorer: each edit changes the
 * text exactly where the value is written, and Undo (from the Properties view, the Explorer or the editor) restores the
 * text byte for byte. Selecting a node of the Topology diagram selects its element in the Explorer and shows it in
 * the Properties view.
 */
class ModelEditingUiTest {

	private ArticleProject article;
	private IWorkbenchPage page;
	private IProject project;
	private ITextEditor editor;
	private DeploymentExplorer explorer;
	private String original;

	@BeforeEach
	void openTheArticlesModel() throws Exception {
		article = ArticleProject.create("FabrikamEditing");
		page = article.page;
		project = article.project;
		editor = article.open();
		original = document().get();
		explorer = (DeploymentExplorer) page.showView(DeploymentExplorer.ID);
		page.activate(editor);
		waitForTheExplorer("the editor's model in the Explorer", d -> true);
	}

	@AfterEach
	void close() throws Exception {
		article.delete();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private void waitForTheExplorer(String what, java.util.function.Predicate<Deployment> condition) {
		UiEvents.waitUntil(what, 20, () -> explorer.getDeployment() != null
				&& explorer.getDeployment().eResource() != null
				&& "outline".equals(explorer.getDeployment().eResource().getURI().scheme())
				&& condition.test(explorer.getDeployment()));
	}

	private void select(EObject element) {
		page.activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(element), true);
		UiEvents.process();
	}

	private PropertySheet properties() throws Exception {
		return (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
	}

	private static Tree tree(PropertySheet properties) {
		return (Tree) properties.getCurrentPage().getControl();
	}

	private static TreeItem row(Tree tree, String name) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			all.add(item);
			all.addAll(List.of(item.getItems()));
		}
		return all.stream().filter(item -> item.getText(0).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + name + " in " + all.stream().map(i -> i.getText(0)).toList()));
	}

	/** Edits a row's value as the Properties view does when a person types into its cell editor and presses Enter. */
	private static void edit(Tree tree, String name, Object cellValue) {
		IPropertySheetEntry entry = (IPropertySheetEntry) row(tree, name).getData();
		CellEditor cell = entry.getEditor(tree);
		assertThat(cell).as("the cell editor of " + name).isNotNull();
		cell.setValue(cellValue);
		entry.applyEditorValue();
	}

	/** Saves a screenshot of the window once everything is painted. */
	private void shot(String name) throws Exception {
		UiEvents.process();
		page.getWorkbenchWindow().getShell().update();
		UiEvents.process();
		Screenshots.save(page.getWorkbenchWindow().getShell(), name);
	}

	private void run(IWorkbenchPart part, String command) throws Exception {
		page.activate(part);
		UiEvents.process();
		part.getSite().getService(IHandlerService.class).executeCommand(command, null);
		UiEvents.process();
	}

	@Test
	void editingAPropertyChangesOnlyItsValueAndUndoRestoresTheText() throws Exception {
		PropertySheet properties = properties();
		WebServer server = explorer.getDeployment().getWebServers().get(0);
		select(server);
		UiEvents.waitUntil("the server's properties", 10, () -> row(tree(properties), "Fqdn").getText(1)
				.equals("ccfiis.fabrikam.com"));

		edit(tree(properties), "Fqdn", "ccfiis.corp.fabrikam.com");

		String edited = original.replace("fqdn \"ccfiis.fabrikam.com\"", "fqdn \"ccfiis.corp.fabrikam.com\"");
		assertThat(edited).isNotEqualTo(original);
		assertThat(document().get()).isEqualTo(edited);
		UiEvents.waitUntil("the new value in the Properties view", 10,
				() -> row(tree(properties), "Fqdn").getText(1).equals("ccfiis.corp.fabrikam.com"));
		shot("properties-edited-web-server");

		run(properties, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).as("Undo in the Properties view").isEqualTo(original);
		run(properties, "org.eclipse.ui.edit.redo");
		assertThat(document().get()).as("Redo in the Properties view").isEqualTo(edited);
		run(explorer, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).as("Undo in the Explorer").isEqualTo(original);
		run(explorer, "org.eclipse.ui.edit.redo");
		run(editor, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).as("Undo in the editor").isEqualTo(original);
		run(editor, "org.eclipse.ui.edit.redo");
		assertThat(document().get()).as("Redo in the editor").isEqualTo(edited);

		// The Properties view alone, large enough to read every row.
		waitForTheExplorer("the edited server", d -> d.getWebServers().get(0).getFqdn().equals("ccfiis.corp.fabrikam.com"));
		select(explorer.getDeployment().getWebServers().get(0));
		UiEvents.waitUntil("the new value in the Properties view", 10,
				() -> row(tree(properties), "Fqdn").getText(1).equals("ccfiis.corp.fabrikam.com"));
		properties.setPinned(true); // keeps the server while the Explorer is hidden
		org.eclipse.ui.IWorkbenchPartReference reference = page.getReference(properties);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			UiEvents.waitUntil("the server's properties in the maximized view", 10,
					() -> row(tree(properties), "Fqdn").getText(1).equals("ccfiis.corp.fabrikam.com"));
			shot("properties-view-web-server");
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			properties.setPinned(false);
		}
	}

	@Test
	void choicesAndAbsentValuesAreWrittenWhereTheGrammarPutsThem() throws Exception {
		PropertySheet properties = properties();
		select(explorer.getDeployment().getWebServers().get(0));
		UiEvents.waitUntil("the server's properties", 10, () -> row(tree(properties), "Iis Version").getText(1).equals("7.0"));

		IPropertySheetEntry entry = (IPropertySheetEntry) row(tree(properties), "Windows Version").getData();
		ComboBoxCellEditor combo = (ComboBoxCellEditor) entry.getEditor(tree(properties));
		assertThat(row(tree(properties), "Windows Version").getText(1)).as("the word of the text, then the model's label")
				.isEqualTo("server-2008 (Server 2008)");
		int index = List.of(combo.getItems()).indexOf("server-2008-r2 (Server 2008 R2)");
		assertThat(index).as("the choices " + List.of(combo.getItems())).isPositive();
		edit(tree(properties), "Windows Version", index);
		assertThat(document().get()).isEqualTo(original.replace("windows server-2008 iis", "windows server-2008-r2 iis"));

		waitForTheExplorer("the new version", d -> d.getWebServers().get(0).getWindowsVersion().getLiteral().equals("Server 2008 R2"));
		select(explorer.getDeployment().getAliases().get(0));
		UiEvents.waitUntil("the alias's properties", 10, () -> row(tree(properties), "Name").getText(1).equals("CCFIISAlias"));
		edit(tree(properties), "Fqdn", "ccfiisalias.fabrikam.com");
		assertThat(document().get()).isEqualTo(original.replace("windows server-2008 iis", "windows server-2008-r2 iis")
				.replace("alias CCFIISAlias for CCFIIS\n", "alias CCFIISAlias for CCFIIS fqdn \"ccfiisalias.fabrikam.com\"\n"));
		shot("properties-of-alias");

		run(properties, "org.eclipse.ui.edit.undo");
		run(properties, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).isEqualTo(original);
	}

	@Test
	void aListOfValuesIsEditedInADialogAndWrittenValueByValue() throws Exception {
		PropertySheet properties = properties();
		select(explorer.getDeployment().getClientGroups().get(0));
		UiEvents.waitUntil("the client group's properties", 10,
				() -> row(tree(properties), "Hosts").getText(1).equals("AGENT01, AGENT02"));

		ValueListDialog dialog = new ValueListDialog(page.getWorkbenchWindow().getShell(), "Hosts",
				List.of("AGENT01", "AGENT02"));
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> hosts;
		try {
			findText(dialog.getShell()).setText("AGENT03");
			dialog.add();
			hosts = dialog.values();
		} finally {
			dialog.close();
		}
		assertThat(hosts).containsExactly("AGENT01", "AGENT02", "AGENT03");
		edit(tree(properties), "Hosts", hosts);
		String edited = original.replace("hosts AGENT01, AGENT02\n", "hosts AGENT01, AGENT02, AGENT03\n");
		assertThat(document().get()).isEqualTo(edited);

		waitForTheExplorer("the third host", d -> d.getClientGroups().get(0).getHosts().size() == 3);
		select(explorer.getDeployment().getClientGroups().get(0));
		UiEvents.waitUntil("the new hosts", 10,
				() -> row(tree(properties), "Hosts").getText(1).equals("AGENT01, AGENT02, AGENT03"));
		edit(tree(properties), "Hosts", List.of());
		assertThat(document().get()).as("an empty list takes its clause with it")
				.isEqualTo(original.replace("\t\thosts AGENT01, AGENT02\n", ""));
		run(properties, "org.eclipse.ui.edit.undo");
		run(properties, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).isEqualTo(original);
	}

	@Test
	void invalidValuesAreRefusedAndNeverWritten() throws Exception {
		List<String> refusals = new ArrayList<>();
		explorer.getCommandStack().onRefusal(refusals::add);
		PropertySheet properties = properties();
		select(explorer.getDeployment().getWebServers().get(0));
		UiEvents.waitUntil("the server's properties", 10, () -> row(tree(properties), "Name").getText(1).equals("CCFIIS"));

		edit(tree(properties), "Name", "CCF IIS");

		assertThat(document().get()).isEqualTo(original);
		assertThat(refusals).singleElement().asString().contains("not a valid name");
	}

	@Test
	void renamingInTheExplorerRenamesTheReferencesInOneUndoableStep() throws Exception {
		page.activate(explorer);
		// F2 on the pool of the copy shown now (the Explorer replaces its copy after each change of the text).
		UiEvents.waitUntil("the cell editor of the pool's name", 10, () -> {
			AppPool pool = explorer.getDeployment().getWebServers().get(0).getAppPools().get(0);
			explorer.getViewer().expandToLevel(pool.eContainer(), 1);
			explorer.getViewer().setSelection(new StructuredSelection(pool), true);
			explorer.getViewer().editElement(pool, 0);
			return textIn(explorer.getViewer().getTree()) != null;
		});
		Text text = findText(explorer.getViewer().getTree());
		assertThat(text.getText()).isEqualTo("CcfPool");
		text.setText("CcfAppPool");
		text.notifyListeners(SWT.DefaultSelection, new Event());
		UiEvents.process();

		assertThat(document().get()).isEqualTo(original.replace("CcfPool", "CcfAppPool"));
		waitForTheExplorer("the renamed pool", d -> d.getWebServers().get(0).getAppPools().get(0).getName().equals("CcfAppPool"));
		assertThat(explorer.getViewer().getStructuredSelection().getFirstElement()).as("the selection follows the new copy")
				.isInstanceOfSatisfying(AppPool.class, p -> assertThat(p.getName()).isEqualTo("CcfAppPool"));

		run(explorer, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).isEqualTo(original);
	}

	@Test
	void aRenameInThePropertiesViewRenamesTheReferencesInTheProjectsOtherFiles() throws Exception {
		IFile other = project.getFile("clients.ccf");
		other.create(new ByteArrayInputStream("deployment Fabrikam {\n\talias Second for CCFIIS\n}\n"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		PropertySheet properties = properties();
		select(explorer.getDeployment().getWebServers().get(0));
		UiEvents.waitUntil("the server's properties", 10, () -> row(tree(properties), "Name").getText(1).equals("CCFIIS"));

		edit(tree(properties), "Name", "CCFWEB");

		assertThat(document().get()).contains("server CCFWEB in FABRIKAM", "alias CCFIISAlias for CCFWEB");
		assertThat(new String(other.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.as("the closed file, saved").isEqualTo("deployment Fabrikam {\n\talias Second for CCFWEB\n}\n");
		run(properties, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).as("this file's part undone in one step").isEqualTo(original);
	}

	@Test
	void ctrlZPressedRightAfterAnF2RenameUndoesIt() throws Exception {
		page.activate(explorer);
		page.getWorkbenchWindow().getShell().forceActive();
		AppPool pool = explorer.getDeployment().getWebServers().get(0).getAppPools().get(0);
		explorer.getViewer().expandToLevel(pool.eContainer(), 1);
		explorer.getViewer().setSelection(new StructuredSelection(pool), true);
		explorer.getViewer().getTree().setFocus();
		UiEvents.process();

		UiEvents.press(SWT.F2, '\0');
		UiEvents.waitUntil("the cell editor of the pool's name", 10, () -> textIn(explorer.getViewer().getTree()) != null);
		UiEvents.press(SWT.END, '\0');
		UiEvents.press(0, '2');
		UiEvents.press(SWT.CR, '\r');
		UiEvents.waitUntil("the renamed pool in the text", 10,
				() -> document().get().equals(original.replace("CcfPool", "CcfPool2")));
		waitForTheExplorer("the renamed pool", d -> d.getWebServers().get(0).getAppPools().get(0).getName().equals("CcfPool2"));
		UiEvents.process();

		UiEvents.press(0, 'z', SWT.CTRL);
		UiEvents.waitUntil("the rename undone by Ctrl+Z", 10, () -> document().get().equals(original));
	}

	@Test
	void deletingAnElementRemovesItsLinesAndAsksWhenOthersReferToIt() throws Exception {
		List<String> questions = new ArrayList<>();
		explorer.setConfirmation((title, question) -> questions.add(question) && false);
		Alias alias = explorer.getDeployment().getAliases().get(0);
		select(alias);

		explorer.delete(alias);
		assertThat(questions).isEmpty();
		assertThat(document().get()).isEqualTo(original.replace("\talias CCFIISAlias for CCFIIS\n\n", ""));

		waitForTheExplorer("the alias gone", d -> d.getAliases().isEmpty());
		explorer.delete(explorer.getDeployment().getWebServers().get(0));
		assertThat(questions).singleElement().asString().contains("is referred to at line");
		assertThat(document().get()).as("not deleted without consent")
				.isEqualTo(original.replace("\talias CCFIISAlias for CCFIIS\n\n", ""));

		run(explorer, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).isEqualTo(original);
	}

	@Test
	void aNewElementIsWrittenAfterItsKindAndSelected() throws Exception {
		page.activate(explorer);
		explorer.addNew(ccf.workbench.model.deployment.DeploymentPackage.Literals.DEPLOYMENT__ALIASES);

		assertThat(document().get()).isEqualTo(original.replace("\talias CCFIISAlias for CCFIIS\n",
				"\talias CCFIISAlias for CCFIIS\n\talias NewAlias\n"));
		UiEvents.waitUntil("the new alias selected", 10, () -> explorer.getViewer().getStructuredSelection()
				.getFirstElement() instanceof Alias added && "NewAlias".equals(added.getName()));

		run(explorer, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).isEqualTo(original);
	}

	@Test
	void selectingADiagramNodeSelectsItsElementInTheExplorerAndTheProperties() throws Exception {
		PropertySheet properties = properties();
		TopologyView view = (TopologyView) page.showView(TopologyView.ID);
		page.activate(editor);
		UiEvents.waitUntil("the topology", 30, () -> view.diagram().box("alias:CCFIISAlias").isPresent());
		page.activate(view);
		UiEvents.process();
		NodeBox alias = view.diagram().box("alias:CCFIISAlias").orElseThrow();
		Point at = view.canvas().toControl(alias.center());
		Event click = new Event();
		click.button = 1;
		click.x = at.x;
		click.y = at.y;
		view.canvas().notifyListeners(SWT.MouseDown, click);
		view.canvas().notifyListeners(SWT.MouseUp, click);

		UiEvents.waitUntil("the alias selected in the Explorer", 10, () -> explorer.getViewer().getStructuredSelection()
				.getFirstElement() instanceof Alias selected && selected.getName().equals("CCFIISAlias"));
		UiEvents.waitUntil("the alias in the Properties view", 10, () -> properties.getCurrentPage() != null
				&& tree(properties).getItemCount() > 0 && row(tree(properties), "Name").getText(1).equals("CCFIISAlias"));
		shot("diagram-selection-in-properties");

		// Its properties are editable there too, and undone from there.
		edit(tree(properties), "Canonical Name", "ccfiis.fabrikam.com");
		assertThat(document().get()).isEqualTo(original.replace("alias CCFIISAlias for CCFIIS\n",
				"alias CCFIISAlias for CCFIIS cname \"ccfiis.fabrikam.com\"\n"));
		run(properties, "org.eclipse.ui.edit.undo");
		assertThat(document().get()).isEqualTo(original);

		// The other way: the Explorer's selection selects the node (through the editor's caret).
		select(explorer.getDeployment().getWebServers().get(0));
		UiEvents.waitUntil("the server's node selected", 10, () -> view.canvas().selection()
				.map(node -> node.id().equals("web_server:CCFIIS")).orElse(false));
	}

	private static Text findText(Control control) {
		Text found = textIn(control);
		if (found == null) {
			throw new AssertionError("no cell editor");
		}
		return found;
	}

	private static Text textIn(Control control) {
		if (control instanceof Text text && !text.isDisposed() && text.isVisible()) {
			return text;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = textIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
