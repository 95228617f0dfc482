/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.model.deployment.Principal;

/**
 * Names that other files refer to: domains, principals (accounts and computers) and aliases, by their simple
 * names, as an administrator writes them. Pools are only visible on their own server and are not exported.
 */
public class CcfQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (isExported(obj)) {
			String name = ((NamedElement) obj).getName();
			return name == null || name.isEmpty() ? null : QualifiedName.create(name);
		}
		return null;
	}

	/** Whether elements of this kind are visible to other resources. */
	public static boolean isExported(EObject obj) {
		return obj instanceof Domain || obj instanceof Principal || obj instanceof Alias;
	}
}
