/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.Dialect;
import ccf.workbench.remediation.plan.RemediationPlan;

/** Every artifact rendered from a plan: plan.json, the scripts of the chosen dialects, the data files and the runbook. */
public final class Renderers {

	private Renderers() {
	}

	/** @return the artifacts, the runbook last (it lists the others) */
	public static List<Artifact> render(RemediationPlan plan, Set<Dialect> dialects) {
		List<Artifact> artifacts = new ArrayList<>();
		artifacts.add(PlanJson.render(plan));
		if (dialects.contains(Dialect.POWERSHELL)) {
			artifacts.addAll(new PowerShellScripts(plan).render());
		}
		if (dialects.contains(Dialect.CMD)) {
			artifacts.addAll(new CmdScripts(plan).render());
		}
		if (dialects.contains(Dialect.SAMBA)) {
			artifacts.addAll(new SambaScripts(plan).render());
		}
		artifacts.addAll(new XdtTransforms(plan).render());
		artifacts.addAll(new IisLocations(plan).render());
		artifacts.addAll(new SqlScripts(plan).render());
		artifacts.addAll(new IntranetZoneFiles(plan).render());
		return artifacts;
	}

	/** The runbook in Markdown and HTML, listing the files of each group among {@code artifacts}. */
	public static List<Artifact> runbook(RemediationPlan plan, List<Artifact> artifacts) {
		return new Runbook(plan, artifacts).render();
	}
}
