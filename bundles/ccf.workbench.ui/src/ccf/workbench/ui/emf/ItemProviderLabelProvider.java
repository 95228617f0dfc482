/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF.Edit item providers. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final ItemProviderImages images = new ItemProviderImages(resources);

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return provider.getText(element);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return images.get(provider.getImage(element));
		}
		return null;
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
