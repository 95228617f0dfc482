/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.List;

import ccf.workbench.model.deployment.Deployment;

/**
 * A deployment written in several files: each file holds a part (a {@code Deployment} of the same name), and the
 * rules must see them as one. The rules check a {@link MergedDeployment} over the parts, so that each finding points
 * at the element of the part it is about; findings about the deployment as a whole point at the first part.
 */
public final class DeploymentParts {

	private DeploymentParts() {
	}

	/** Checks the parts of one deployment as a whole; findings point at elements of the parts. */
	public static List<Finding> check(List<Deployment> parts) {
		if (parts.size() == 1) {
			return DeploymentRules.check(parts.get(0));
		}
		Deployment whole = new MergedDeployment(parts);
		return DeploymentRules.check(whole).stream()
				.map(finding -> finding.target() != whole ? finding
						: new Finding(finding.rule(), finding.message(), parts.get(0), finding.feature(), finding.index(),
								finding.fixData()))
				.toList();
	}
}
