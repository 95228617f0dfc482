/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.edit.CcfItemProviderAdapterFactory;
import ccf.workbench.model.samples.Kb969803Sample;
import ccf.workbench.ui.emf.ItemPropertySourceProvider;
import ccf.workbench.ui.emf.ItemProviderContentProvider;
import ccf.workbench.ui.emf.ItemProviderLabelProvider;

/**
 * The deployment as a tree: domains, accounts, servers with their pools and services, aliases, clients, databases
 * and SPNs. Its selection feeds the Properties view. It is the outline of the active {@code .ccf} editor (selecting an
 * element selects its name in the editor); with no such editor it shows the built-in KB 969803 sample.
 */
public class DeploymentExplorer extends ViewPart implements IEditingDomainProvider {

	public static final String ID = "ccf.workbench.ui.explorer";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] {
			new CcfItemProviderAdapterFactory(), new ResourceItemProviderAdapterFactory(),
			new ReflectiveItemProviderAdapterFactory() });
	private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(adapterFactory,
			new BasicCommandStack());
	private TreeViewer viewer;
	private Deployment deployment;
	private final EditorFollower follower = new EditorFollower(this);
	private boolean snapshot;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);
		showSample();
		viewer.addSelectionChangedListener(event -> {
			if (snapshot && getSite().getPage().getActivePart() == this
					&& event.getStructuredSelection().getFirstElement() instanceof EObject element) {
				follower.reveal(element, deployment);
			}
		});
		follower.start(getSite().getPage());
	}

	/** Shows the built-in KB 969803 sample. */
	public void showSample() {
		snapshot = false;
		show(Kb969803Sample.create(editingDomain.getResourceSet()));
	}

	/**
	 * Shows a snapshot of an editor's model, keeping the elements that were expanded (by their place in the model).
	 */
	void showSnapshot(Deployment shown, String source) {
		List<String> expanded = new ArrayList<>();
		if (snapshot && deployment != null) {
			for (Object element : viewer.getExpandedElements()) {
				if (element instanceof EObject object && EcoreUtil.isAncestor(deployment, object)) {
					expanded.add(object == deployment ? "" : EcoreUtil.getRelativeURIFragmentPath(deployment, object));
				}
			}
		}
		Resource resource = new ResourceImpl(URI.createURI("outline:/" + source));
		resource.getContents().add(shown);
		editingDomain.getResourceSet().getResources().removeIf(r -> "outline".equals(r.getURI().scheme()));
		editingDomain.getResourceSet().getResources().add(resource);
		boolean first = !snapshot;
		snapshot = true;
		this.deployment = shown;
		viewer.setInput(resource);
		if (first || expanded.isEmpty()) {
			viewer.expandToLevel(2);
		} else {
			List<Object> again = new ArrayList<>();
			for (String path : expanded) {
				EObject object = path.isEmpty() ? shown : EcoreUtil.getEObject(shown, path);
				if (object != null) {
					again.add(object);
				}
			}
			viewer.setExpandedElements(again.toArray());
		}
		setContentDescription((shown.getName() == null ? "" : shown.getName()) + " (" + source + ")");
	}

	/** Shows {@code shown} with its top two levels expanded. */
	public void show(Deployment shown) {
		this.deployment = shown;
		Resource resource = shown.eResource();
		viewer.setInput(resource != null ? resource : shown);
		viewer.expandToLevel(2);
		setContentDescription(shown.getName() == null ? "" : shown.getName());
	}

	public Deployment getDeployment() {
		return deployment;
	}

	public TreeViewer getViewer() {
		return viewer;
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
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		follower.stop(getSite().getPage());
		adapterFactory.dispose();
		super.dispose();
	}
}
