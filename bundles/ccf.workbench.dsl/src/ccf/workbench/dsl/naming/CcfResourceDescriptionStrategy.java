/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Domain;

/**
 * Exports the names of {@link CcfQualifiedNameProvider} without walking into pools, services, clients and config
 * files, none of which holds an exported element: the index of a large deployment stays cheap to compute.
 */
public class CcfResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		super.createEObjectDescriptions(eObject, acceptor);
		return eObject instanceof Deployment || eObject instanceof Domain;
	}
}
