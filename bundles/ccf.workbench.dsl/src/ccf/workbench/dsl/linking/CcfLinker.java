/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;

/**
 * Links as usual, then makes each domain controller that names no domain of its own a member of the domain it is
 * declared in, as the directory does. The serializer leaves that domain out again
 * ({@link ccf.workbench.dsl.serializer.CcfTransientValueService}).
 * <p>
 * After an edit that declares the same names as before (most keystrokes), the references that the edit did not
 * replace and that lead to an element still in the model keep their targets: Xtext would otherwise turn every
 * reference of the model back into a proxy, and the next validation would resolve them all again.
 */
public class CcfLinker extends LazyLinker {

	/** Whether this linking keeps the references that lead into the model. */
	private boolean keeping;

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		Resource resource = model.eResource();
		keeping = resource != null && DeclaredNames.LastLinked.unchanged(resource, DeclaredNames.of(resource));
		try {
			super.doLinkModel(model, consumer);
		} finally {
			keeping = false;
		}
	}

	@Override
	protected void clearReference(EObject owner, EReference reference) {
		if (!keeping || !isLinkable(reference) || !leadsIntoTheModel(owner, reference)) {
			super.clearReference(owner, reference);
		}
	}

	@Override
	protected void createAndSetProxy(EObject owner, INode node, EReference reference) {
		// A reference kept above still leads into the model; one cleared there is unset, then holds proxies.
		if (!keeping || !leadsIntoTheModel(owner, reference)) {
			super.createAndSetProxy(owner, node, reference);
		}
	}

	private static boolean isLinkable(EReference reference) {
		return !reference.isContainment() && !reference.isContainer() && !reference.isDerived() && reference.isChangeable()
				&& !reference.isTransient();
	}

	/** Whether the reference is set and each of its targets is resolved and still in the owner's resource. */
	private static boolean leadsIntoTheModel(EObject owner, EReference reference) {
		if (!owner.eIsSet(reference)) {
			return false;
		}
		Object value = owner.eGet(reference, false);
		List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
		for (Object target : targets) {
			if (!(target instanceof EObject object) || object.eIsProxy() || !isStable(object, owner.eResource())) {
				return false;
			}
		}
		return true;
	}

	/** In the same resource, or in one that no text defines (the built-in service catalogue). */
	private static boolean isStable(EObject target, Resource resource) {
		Resource own = target.eResource();
		return own == resource || own != null && !(own instanceof XtextResource);
	}

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
