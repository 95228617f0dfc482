/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.Finding;

/**
 * Reports the findings of the deployment rules ({@link ccf.workbench.model.validation.DeploymentRules}) on the text:
 * the rules of KB 969803 and the structural ones, each with its stable code and quick-fix data. Syntax and linking
 * errors come from Xtext itself. A deployment split over several files is checked as a whole, once for all its
 * files ({@link SplitDeploymentFindings}); each file shows the findings about its own elements. The findings are
 * shared with the views that show them ({@link DeploymentFindings}).
 */
public class CcfValidator extends AbstractCcfValidator {

	@Check(CheckType.NORMAL)
	public void checkDeployment(Deployment deployment) {
		Resource resource = deployment.eResource();
		List<Finding> findings;
		try {
			findings = DeploymentFindings.of(deployment);
		} catch (RuntimeException e) {
			// Xtext drops a check's NullPointerException silently: the model would pass with none of its findings.
			error("The rules could not check this deployment (" + e + "); it is treated as broken. Please report it with "
					+ "the file.", deployment, null);
			return;
		}
		for (Finding finding : findings) {
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
}
