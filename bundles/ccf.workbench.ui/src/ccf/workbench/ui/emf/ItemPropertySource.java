/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** The properties of one object, as its item provider describes them. */
final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream().map(this::adapt).toArray(IPropertyDescriptor[]::new);
	}

	private IPropertyDescriptor adapt(IItemPropertyDescriptor item) {
		PropertyDescriptor descriptor = new PropertyDescriptor(item, item.getDisplayName(object));
		descriptor.setDescription(item.getDescription(object));
		descriptor.setCategory(item.getCategory(object));
		descriptor.setLabelProvider(labelProvider(item));
		String[] filters = item.getFilterFlags(object);
		if (filters != null) {
			descriptor.setFilterFlags(filters);
		}
		return descriptor;
	}

	private ILabelProvider labelProvider(IItemPropertyDescriptor item) {
		IItemLabelProvider values = item.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return values.getText(value);
			}
		};
	}

	@Override
	public Object getPropertyValue(Object id) {
		return ((IItemPropertyDescriptor) id).getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return ((IItemPropertyDescriptor) id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only until the Properties view edits through EMF commands.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only until the Properties view edits through EMF commands.
	}
}
