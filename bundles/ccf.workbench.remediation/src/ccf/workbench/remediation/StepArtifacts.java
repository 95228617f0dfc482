/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import ccf.workbench.remediation.plan.Action;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;
import ccf.workbench.remediation.render.FileNames;

/** The generated file that carries a step out, as {@link RemediationGenerator} names it with every dialect chosen. */
public final class StepArtifacts {

	private StepArtifacts() {
	}

	/**
	 * @return the path of the step's file among the artifacts: the XDT transform of a configuration file, the update
	 *         script of a database, the registry file of the Local Intranet zone, else the group's PowerShell script
	 */
	public static String of(StepGroup group, Step step) {
		String name = switch (step.action()) {
		case Action.RewriteEndpoints rewrite -> FileNames.configBase(step, rewrite.path()) + ".xdt";
		case Action.UpdateDatabaseUrls update -> FileNames.safe(update.database()) + "-2-update.sql";
		case Action.AddIntranetSites sites -> "local-intranet.reg";
		default -> "remediate.ps1";
		};
		return group.id() + "/" + name;
	}
}
