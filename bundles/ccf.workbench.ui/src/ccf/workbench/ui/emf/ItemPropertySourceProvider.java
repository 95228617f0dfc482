/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.util.function.UnaryOperator;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the Properties view from EMF.Edit item property descriptors. With an editing domain whose
 * command stack is a {@link DocumentCommandStack}, the values the {@code .ccf} text holds are editable, each change a
 * command on that stack; without one they are read-only.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final EditingDomain domain;
	private final UnaryOperator<Object> current;

	/** Read-only property sources. */
	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, null, UnaryOperator.identity());
	}

	/**
	 * @param current maps a shown object to the one that now stands for it (after a view replaced its copy of the
	 *                model), or to null when there is none
	 */
	public ItemPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain, UnaryOperator<Object> current) {
		this.adapterFactory = adapterFactory;
		this.domain = domain;
		this.current = current;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof IItemPropertySource itemSource) {
			return new ItemPropertySource(() -> object, itemSource, null);
		}
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource itemSource) {
			return new ItemPropertySource(() -> current.apply(object), itemSource, domain);
		}
		return null;
	}
}
