/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import ccf.workbench.dsl.fixes.CcfModelEdits;
import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.CcfModelEdits.Use;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.edit.CcfItemProviderAdapterFactory;
import ccf.workbench.model.samples.Kb969803Sample;
import ccf.workbench.ui.editor.CcfDocumentEdits;
import ccf.workbench.ui.editor.CcfDocumentModel;
import ccf.workbench.ui.editor.CcfElement;
import ccf.workbench.ui.editor.EditorUndoRedo;
import ccf.workbench.ui.emf.DocumentCommandStack;
import ccf.workbench.ui.emf.ItemPropertySourceProvider;
import ccf.workbench.ui.emf.ItemProviderContentProvider;
import ccf.workbench.ui.emf.ItemProviderLabelProvider;

/**
 * The deployment as a tree: domains, accounts, servers with their pools and services, aliases, clients, databases
 * and SPNs. Its selection feeds the Properties view. It is the outline of the active {@code .ccf} editor (selecting an
 * element selects its name in the editor, selecting one in the Topology diagram selects it here); with no such editor
 * it shows the built-in KB 969803 sample.
 * <p>
 * The elements of an editor's model are edited here and in the Properties view: rename (F2, references in every
 * {@code .ccf} file of the project follow, as with the editor's rename), Delete, and each property. Every edit is an EMF command on a {@link DocumentCommandStack}, which writes it
 * into the editor's text as a minimal edit; Undo and Redo here and in the Properties view are those of the editor.
 */
public class DeploymentExplorer extends ViewPart implements IEditingDomainProvider {

	public static final String ID = "ccf.workbench.ui.explorer";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] {
			new CcfItemProviderAdapterFactory(), new ResourceItemProviderAdapterFactory(),
			new ReflectiveItemProviderAdapterFactory() });
	private final DocumentCommandStack commandStack = new DocumentCommandStack();
	private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(adapterFactory,
			commandStack);
	private TreeViewer viewer;
	private Deployment deployment;
	private final EditorFollower follower = new EditorFollower(this);
	private boolean snapshot;
	private boolean restoring;
	/** The place of an element just added, to select once the text shows it. */
	private String pendingSelection;
	private EditorUndoRedo undoRedo;
	private final List<PropertySheetPage> pages = new ArrayList<>();
	private BiPredicate<String, String> confirm = (title, question) -> MessageDialog
			.openQuestion(viewer.getControl().getShell(), title, question);
	private final ISelectionListener diagramSelection = this::selectedElsewhere;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);
		showSample();
		viewer.addSelectionChangedListener(event -> {
			if (snapshot && !restoring && getSite().getPage().getActivePart() == this
					&& event.getStructuredSelection().getFirstElement() instanceof EObject element) {
				follower.reveal(element, deployment);
			}
		});
		commandStack.onRefusal(message -> {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					MessageDialog.openError(viewer.getControl().getShell(), "Not changed", message);
				}
			});
		});
		inlineRename();
		contributeActions();
		getSite().getPage().addPostSelectionListener(diagramSelection);
		follower.start(getSite().getPage());
	}

	private void contributeActions() {
		IActionBars bars = getViewSite().getActionBars();
		undoRedo = new EditorUndoRedo(getSite(), bars);
		Action rename = new Action("Rename…") {
			@Override
			public void run() {
				if (viewer.getStructuredSelection().getFirstElement() instanceof NamedElement named) {
					viewer.editElement(named, 0);
				}
			}
		};
		rename.setActionDefinitionId("org.eclipse.ui.edit.rename");
		Action delete = new Action("Delete") {
			@Override
			public void run() {
				if (viewer.getStructuredSelection().getFirstElement() instanceof EObject element) {
					delete(element);
				}
			}
		};
		delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> fillMenu(manager, rename, delete));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.getControl().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2 && event.stateMask == 0) {
				rename.run();
				event.doit = false;
			}
		});
	}

	private void fillMenu(IMenuManager manager, IAction rename, IAction delete) {
		boolean editable = snapshot && viewer.getStructuredSelection().getFirstElement() instanceof EObject element
				&& element.eContainer() != null;
		rename.setEnabled(editable && viewer.getStructuredSelection().getFirstElement() instanceof NamedElement);
		delete.setEnabled(editable);
		if (snapshot && deployment != null) {
			MenuManager add = new MenuManager("New");
			for (EReference feature : List.of(DeploymentPackage.Literals.DEPLOYMENT__DOMAINS,
					DeploymentPackage.Literals.DEPLOYMENT__ACCOUNTS, DeploymentPackage.Literals.DEPLOYMENT__WEB_SERVERS,
					DeploymentPackage.Literals.DEPLOYMENT__ALIASES, DeploymentPackage.Literals.DEPLOYMENT__CLIENT_GROUPS,
					DeploymentPackage.Literals.DEPLOYMENT__SQL_SERVERS, DeploymentPackage.Literals.DEPLOYMENT__SPNS)) {
				add.add(new Action(words(feature.getEReferenceType().getName())) {
					@Override
					public void run() {
						addNew(feature);
					}
				});
			}
			manager.add(add);
		}
		manager.add(rename);
		manager.add(delete);
		manager.add(undoRedo.undoAction());
		manager.add(undoRedo.redoAction());
	}

	/** F2 edits the name in place; the new name goes through the same command as the Properties view's. */
	private void inlineRename() {
		viewer.setColumnProperties(new String[] { "name" });
		viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
		viewer.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return snapshot && element instanceof NamedElement named && named.getName() != null
						&& named.eContainer() != null;
			}

			@Override
			public Object getValue(Object element, String property) {
				return ((NamedElement) element).getName();
			}

			@Override
			public void modify(Object element, String property, Object value) {
				Object named = element instanceof Item item ? item.getData() : element;
				if (named instanceof NamedElement target && value instanceof String name && !name.equals(target.getName())) {
					rename(target, name);
				}
			}
		});
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.DEFAULT);
	}

	/** Renames an element of the shown model, and the references to it in the project's {@code .ccf} files. */
	public void rename(NamedElement element, String newName) {
		commandStack.execute(new SetCommand(editingDomain, element, DeploymentPackage.Literals.NAMED_ELEMENT__NAME,
				newName));
	}

	/**
	 * Deletes an element of the shown model from the text; when other elements refer to it, only once the user
	 * agreed to leave those references unresolved.
	 */
	public void delete(EObject element) {
		if (!snapshot || commandStack.getDocument() == null || element.eContainer() == null) {
			return;
		}
		String path = CcfElement.pathOf(element);
		List<String> uses;
		try {
			uses = CcfDocumentModel.of(commandStack.getDocument()).read((resource, text) -> {
				EObject original = CcfElement.find(resource.getContents().isEmpty() ? null : resource.getContents().get(0),
						path);
				if (original == null) {
					throw new Refused("The element is no longer in the text.");
				}
				List<Use> found = CcfDocumentEdits.service().uses(original);
				return found.stream().map(use -> "line " + use.line() + " (" + use.reference().getName() + ")")
						.distinct().toList();
			});
		} catch (Refused e) {
			commandStack.refuse(e.getMessage());
			return;
		}
		String label = labelOf(element);
		if (!uses.isEmpty() && !confirm.test("Delete " + label, label + " is referred to at "
				+ uses.stream().collect(Collectors.joining(", "))
				+ ". Those references will no longer resolve. Delete it anyway?")) {
			return;
		}
		commandStack.execute(commandStack.deleteCommand(element));
	}

	/**
	 * Adds a new element to a list of the deployment, with a name no element has yet, written where its kind is
	 * written; it is selected once the text shows it.
	 */
	public void addNew(EReference feature) {
		if (!snapshot || deployment == null) {
			return;
		}
		EObject child = EcoreUtil.create(feature.getEReferenceType());
		if (child instanceof NamedElement named) {
			String base = switch (feature.getEReferenceType().getName()) {
			case "Domain" -> "NEWDOMAIN";
			case "ServiceAccount" -> "NewAccount";
			case "WebServer" -> "NewServer";
			case "ClientGroup" -> "NewClients";
			case "SqlServer" -> "NewSqlServer";
			default -> "New" + feature.getEReferenceType().getName();
			};
			named.setName(CcfModelEdits.freeName(deployment, base));
		}
		if (child instanceof ServicePrincipalName spn) {
			spn.setServiceClass("HTTP");
			spn.setHost("newhost");
		}
		int index = ((List<?>) deployment.eGet(feature)).size();
		commandStack.execute(commandStack.addCommand(deployment, feature, child));
		if (commandStack.lastRefusal() == null) {
			pendingSelection = "@" + feature.getName() + "." + index;
		}
	}

	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2");
	}

	/** Replaces the question asked before deleting an element that others refer to (for tests). */
	public void setConfirmation(BiPredicate<String, String> confirm) {
		this.confirm = confirm;
	}

	private String labelOf(EObject element) {
		return ((ItemProviderLabelProvider) viewer.getLabelProvider()).getText(element);
	}

	/** Shows the built-in KB 969803 sample. */
	public void showSample() {
		snapshot = false;
		following(null);
		show(Kb969803Sample.create(editingDomain.getResourceSet()));
	}

	/** The document whose model is shown now, or null. */
	void following(org.eclipse.jface.text.IDocument document) {
		commandStack.setDocument(document);
		if (undoRedo != null) {
			undoRedo.follow(document);
		}
	}

	/**
	 * Shows a snapshot of an editor's model, keeping the elements that were expanded and selected (by their place in
	 * the model).
	 */
	void showSnapshot(Deployment shown, String source) {
		List<String> expanded = new ArrayList<>();
		List<String> selected = new ArrayList<>();
		if (snapshot && deployment != null) {
			for (Object element : viewer.getExpandedElements()) {
				if (element instanceof EObject object && EcoreUtil.isAncestor(deployment, object)) {
					expanded.add(CcfElement.pathOf(object));
				}
			}
			for (Object element : viewer.getStructuredSelection()) {
				if (element instanceof EObject object && EcoreUtil.isAncestor(deployment, object)) {
					selected.add(CcfElement.pathOf(object));
				}
			}
		}
		Resource resource = new ResourceImpl(URI.createURI("outline:/" + source));
		resource.getContents().add(shown);
		editingDomain.getResourceSet().getResources().removeIf(r -> "outline".equals(r.getURI().scheme()));
		editingDomain.getResourceSet().getResources().add(resource);
		// An editor followed before its viewer was made (a restored one) had no undo context yet: Undo would stay off.
		following(commandStack.getDocument());
		boolean first = !snapshot;
		snapshot = true;
		this.deployment = shown;
		restoring = true;
		try {
			viewer.setInput(resource);
			if (first || expanded.isEmpty()) {
				viewer.expandToLevel(2);
			} else {
				viewer.setExpandedElements(expanded.stream().map(path -> CcfElement.find(shown, path))
						.filter(java.util.Objects::nonNull).toArray());
			}
			if (pendingSelection != null) {
				selected.clear();
				selected.add(pendingSelection);
				pendingSelection = null;
			}
			if (!selected.isEmpty()) {
				viewer.setSelection(new StructuredSelection(selected.stream().map(path -> CcfElement.find(shown, path))
						.filter(java.util.Objects::nonNull).toList()));
			}
		} finally {
			restoring = false;
		}
		setContentDescription((shown.getName() == null ? "" : shown.getName()) + " (" + source + ")");
		pages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
		for (PropertySheetPage page : pages) {
			page.refresh();
		}
	}

	/** Shows {@code shown} with its top two levels expanded. */
	public void show(Deployment shown) {
		this.deployment = shown;
		Resource resource = shown.eResource();
		viewer.setInput(resource != null ? resource : shown);
		viewer.expandToLevel(2);
		setContentDescription(shown.getName() == null ? "" : shown.getName());
	}

	/** The element of the shown copy that stands for {@code object} of another copy of the same model, or null. */
	Object current(Object object) {
		if (!(object instanceof EObject element) || deployment == null) {
			return object;
		}
		EObject root = EcoreUtil.getRootContainer(element);
		if (root == deployment || !(root instanceof Deployment)) {
			return object;
		}
		EObject now = CcfElement.find(deployment, CcfElement.pathOf(element));
		return now != null && now.eClass() == element.eClass() ? now : null;
	}

	/** A diagram selected an element of the followed editor's model: select it here too. */
	private void selectedElsewhere(IWorkbenchPart part, ISelection selection) {
		if (part == this || !snapshot || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof CcfElement element)
				|| element.document() != commandStack.getDocument()) {
			return;
		}
		EObject shown = CcfElement.find(deployment, element.path());
		if (shown != null) {
			restoring = true;
			try {
				viewer.setSelection(new StructuredSelection(shown), true);
			} finally {
				restoring = false;
			}
		}
	}

	/** @return the properties of {@code element} (of the followed editor's model), following its current copy */
	public IPropertySource propertySource(CcfElement element) {
		if (!snapshot || element.document() != commandStack.getDocument()) {
			return null;
		}
		EObject shown = CcfElement.find(deployment, element.path());
		if (shown == null) {
			return null;
		}
		return new ItemPropertySourceProvider(adapterFactory, editingDomain, object -> {
			EObject now = CcfElement.find(deployment, element.path());
			return now != null && now.eClass() == shown.eClass() ? now : null;
		}).getPropertySource(shown);
	}

	public Deployment getDeployment() {
		return deployment;
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public DocumentCommandStack getCommandStack() {
		return commandStack;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = undoRedo.propertySheetPage();
			page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory, editingDomain, this::current));
			pages.add(page);
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(diagramSelection);
		follower.stop(getSite().getPage());
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
