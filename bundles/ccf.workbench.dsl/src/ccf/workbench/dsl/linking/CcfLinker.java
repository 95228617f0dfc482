/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;

/**
 * Links as usual, then makes each domain controller that names no domain of its own a member of the domain it is
 * declared in, as the directory does. The serializer leaves that domain out again
 * ({@link ccf.workbench.dsl.serializer.CcfTransientValueService}).
 */
public class CcfLinker extends LazyLinker {

	@Override
	protected void afterModelLinked(EObject model, IDiagnosticConsumer diagnosticsConsumer) {
		super.afterModelLinked(model, diagnosticsConsumer);
		if (model instanceof Deployment deployment) {
			for (Domain domain : deployment.getDomains()) {
				for (DomainController controller : domain.getControllers()) {
					if (!controller.eIsSet(DeploymentPackage.Literals.PRINCIPAL__DOMAIN)) {
						controller.setDomain(domain);
					}
				}
			}
		}
	}
}
