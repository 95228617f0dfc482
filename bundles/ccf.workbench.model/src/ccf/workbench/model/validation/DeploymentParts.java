/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;

/**
 * A deployment written in several files: each file holds a part (a {@code Deployment} of the same name), and the
 * rules must see them as one. The parts are copied into one deployment, checked, and each finding is mapped back
 * to the element of the part it is about.
 */
public final class DeploymentParts {

	private DeploymentParts() {
	}

	/** Checks the parts of one deployment as a whole; findings point at elements of the parts. */
	public static List<Finding> check(List<Deployment> parts) {
		if (parts.size() == 1) {
			return DeploymentRules.check(parts.get(0));
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<Deployment> copies = copier.copyAll(parts);
		copier.copyReferences();
		Deployment whole = merge(copies, parts.get(0));
		Map<EObject, EObject> originals = new HashMap<>();
		copier.forEach((original, copy) -> originals.put(copy, original));
		originals.put(whole, parts.get(0));
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : DeploymentRules.check(whole)) {
			EObject original = originals.get(finding.target());
			if (original != null) {
				findings.add(new Finding(finding.rule(), finding.message(), original, finding.feature(), finding.index(),
						finding.fixData()));
			}
		}
		return findings;
	}

	private static Deployment merge(Collection<Deployment> copies, Deployment first) {
		Deployment whole = DeploymentFactory.eINSTANCE.createDeployment();
		whole.setName(first.getName());
		whole.setDescription(first.getDescription());
		for (Deployment part : copies) {
			whole.getDomains().addAll(part.getDomains());
			whole.getAccounts().addAll(part.getAccounts());
			whole.getWebServers().addAll(part.getWebServers());
			whole.getAliases().addAll(part.getAliases());
			whole.getClientGroups().addAll(part.getClientGroups());
			whole.getSqlServers().addAll(part.getSqlServers());
			whole.getSpns().addAll(part.getSpns());
		}
		return whole;
	}
}
