/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentParts;
import ccf.workbench.model.validation.Finding;

/**
 * Reports the findings of the deployment rules ({@link ccf.workbench.model.validation.DeploymentRules}) on the text:
 * the rules of KB 969803 and the structural ones, each with its stable code and quick-fix data. Syntax and linking
 * errors come from Xtext itself. A deployment split over several files is checked as a whole; each file shows the
 * findings about its own elements.
 */
public class CcfValidator extends AbstractCcfValidator {

	@Check(CheckType.NORMAL)
	public void checkDeployment(Deployment deployment) {
		Resource resource = deployment.eResource();
		for (Finding finding : DeploymentParts.check(parts(deployment))) {
			if (finding.target().eResource() != resource) {
				continue;
			}
			String[] data = finding.fixData().toArray(String[]::new);
			switch (finding.severity()) {
			case ERROR -> error(finding.message(), finding.target(), finding.feature(), finding.index(), finding.code(), data);
			case WARNING -> warning(finding.message(), finding.target(), finding.feature(), finding.index(), finding.code(), data);
			case INFO -> info(finding.message(), finding.target(), finding.feature(), finding.index(), finding.code(), data);
			}
		}
	}

	/** The deployment and the parts of the same name in the other files of its resource set, this file's first. */
	private static List<Deployment> parts(Deployment deployment) {
		List<Deployment> parts = new ArrayList<>();
		parts.add(deployment);
		Resource own = deployment.eResource();
		if (own == null || own.getResourceSet() == null || deployment.getName() == null) {
			return parts;
		}
		for (Resource resource : own.getResourceSet().getResources()) {
			if (resource != own && resource.isLoaded()) {
				for (Object root : resource.getContents()) {
					if (root instanceof Deployment other && deployment.getName().equals(other.getName())) {
						parts.add(other);
					}
				}
			}
		}
		return parts;
	}
}
