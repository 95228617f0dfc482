/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.scoping;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

import ccf.workbench.model.deployment.NamedElement;

/**
 * A scope over a prebuilt name index, in front of an outer scope that is only created when a name is not in the
 * index: a look-up costs one hash probe, whatever the size of the model.
 */
final class NameIndexScope implements IScope {

	private final Map<String, IEObjectDescription> index;
	private final Supplier<IScope> outerSupplier;
	private IScope outer;

	NameIndexScope(Map<String, IEObjectDescription> index, Supplier<IScope> outer) {
		this.index = index;
		this.outerSupplier = outer;
	}

	private IScope outer() {
		if (outer == null) {
			outer = outerSupplier.get();
		}
		return outer;
	}

	private IEObjectDescription local(QualifiedName name) {
		return name.getSegmentCount() == 1 ? index.get(name.getFirstSegment()) : null;
	}

	private boolean isShadowed(IEObjectDescription description) {
		return local(description.getName()) != null;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription description = local(name);
		return description != null ? description : outer().getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		IEObjectDescription description = local(name);
		return description != null ? List.of(description) : outer().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		var elements = getElements(object).iterator();
		return elements.hasNext() ? elements.next() : null;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		if (object instanceof NamedElement named && named.getName() != null) {
			IEObjectDescription description = index.get(named.getName());
			if (description != null && description.getEObjectOrProxy() == object) {
				return List.of(description);
			}
		}
		return Iterables.filter(outer().getElements(object), d -> !isShadowed(d));
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return Iterables.concat(index.values(), Iterables.filter(outer().getAllElements(), d -> !isShadowed(d)));
	}

	@Override
	public String toString() {
		return "NameIndexScope" + index.keySet();
	}
}
