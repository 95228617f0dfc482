/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the Properties view from EMF.Edit item property descriptors. Values are shown read-only;
 * editing through EMF commands comes with the editable Properties view.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof IItemPropertySource itemSource) {
			return new ItemPropertySource(object, itemSource);
		}
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource itemSource) {
			return new ItemPropertySource(object, itemSource);
		}
		return null;
	}
}
