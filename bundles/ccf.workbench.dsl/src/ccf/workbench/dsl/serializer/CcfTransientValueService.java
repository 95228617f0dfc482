/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.serializer.sequencer.TransientValueService;

import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.DomainController;

/**
 * Leaves out what the text implies: the domain of a controller that is declared inside that domain (see
 * {@link ccf.workbench.dsl.linking.CcfLinker}).
 */
public class CcfTransientValueService extends TransientValueService {

	@Override
	public ValueTransient isValueTransient(EObject semanticObject, EStructuralFeature feature) {
		if (feature == DeploymentPackage.Literals.PRINCIPAL__DOMAIN && semanticObject instanceof DomainController controller
				&& controller.getDomain() != null && controller.getDomain() == controller.eContainer()) {
			return ValueTransient.YES;
		}
		return super.isValueTransient(semanticObject, feature);
	}
}
