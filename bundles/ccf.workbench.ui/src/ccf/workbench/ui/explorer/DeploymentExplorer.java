/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.explorer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
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
 * and SPNs. Its selection feeds the Properties view. Until deployments can be opened from files, it shows the
 * built-in KB 969803 sample.
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

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);
		show(Kb969803Sample.create(editingDomain.getResourceSet()));
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
		adapterFactory.dispose();
		super.dispose();
	}
}
