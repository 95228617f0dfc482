/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Tree content from EMF.Edit item providers, refreshed from their notifications: the part of
 * {@code AdapterFactoryContentProvider} (EMF edit.ui, which is not on Maven Central) that the workbench needs.
 * The input may be a resource (its roots are the top-level elements) or any object with an item provider.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = {};

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		if (adapterFactory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider provider) {
			return provider.getElements(input).toArray();
		}
		return NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (adapterFactory.adapt(parent, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			Collection<?> children = provider.getChildren(parent);
			return children.toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.getParent(element);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.hasChildren(element);
		}
		return false;
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		Control control = target == null ? null : target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		Runnable refresh = () -> {
			if (control.isDisposed()) {
				return;
			}
			if (notification instanceof IViewerNotification viewerNotification) {
				Object element = viewerNotification.getElement();
				if (viewerNotification.isContentRefresh()) {
					target.refresh(element, viewerNotification.isLabelUpdate());
				} else if (viewerNotification.isLabelUpdate()) {
					target.update(element, null);
				}
			} else {
				target.refresh();
			}
		};
		if (control.getDisplay().getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			control.getDisplay().asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
