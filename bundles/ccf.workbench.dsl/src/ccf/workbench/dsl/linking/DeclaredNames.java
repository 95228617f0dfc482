/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import ccf.workbench.model.deployment.NamedElement;

/**
 * The kind and name of every element a resource declares, in the order of its text: what the scopes of the language
 * resolve names against. While two states of a resource declare the same, a name that resolved to an element that
 * is still in the resource resolves to it again (the first declaration of a name wins, and it is at the same place).
 */
final class DeclaredNames {

	private record Declaration(EClass kind, String name) {
	}

	private final List<Declaration> declarations;

	private DeclaredNames(List<Declaration> declarations) {
		this.declarations = declarations;
	}

	static DeclaredNames of(Resource resource) {
		List<Declaration> declarations = new ArrayList<>();
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			if (contents.next() instanceof NamedElement named) {
				declarations.add(new Declaration(named.eClass(), named.getName()));
			}
		}
		return new DeclaredNames(declarations);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DeclaredNames names && declarations.equals(names.declarations);
	}

	@Override
	public int hashCode() {
		return declarations.hashCode();
	}

	/** Records, on the resource, what it declared when it was last linked. */
	static final class LastLinked extends AdapterImpl {

		private DeclaredNames names;

		/** @return whether the resource declared {@code current} when it was last linked; remembers {@code current} */
		static boolean unchanged(Resource resource, DeclaredNames current) {
			LastLinked last = (LastLinked) EcoreUtil.getExistingAdapter(resource, LastLinked.class);
			if (last == null) {
				last = new LastLinked();
				resource.eAdapters().add(last);
			}
			boolean unchanged = current.equals(last.names);
			last.names = current;
			return unchanged;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == LastLinked.class;
		}
	}
}
