/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.Dialect;
import ccf.workbench.remediation.plan.RemediationPlan;

/** Every artifact rendered from a plan: plan.json, the scripts of the chosen dialects, the data files and the runbook. */
public final class Renderers {

	private Renderers() {
	}

	/**
	 * @return the artifacts in a fixed order; the renderers are independent of each other, so they run in parallel
	 */
	public static List<Artifact> render(RemediationPlan plan, Set<Dialect> dialects) {
		List<Supplier<List<Artifact>>> renderers = new ArrayList<>();
		renderers.add(() -> List.of(PlanJson.render(plan)));
		if (dialects.contains(Dialect.POWERSHELL)) {
			renderers.add(() -> new PowerShellScripts(plan).render());
		}
		if (dialects.contains(Dialect.CMD)) {
			renderers.add(() -> new CmdScripts(plan).render());
		}
		if (dialects.contains(Dialect.SAMBA)) {
			renderers.add(() -> new SambaScripts(plan).render());
		}
		renderers.add(() -> new XdtTransforms(plan).render());
		renderers.add(() -> new IisLocations(plan).render());
		renderers.add(() -> new SqlScripts(plan).render());
		renderers.add(() -> new IntranetZoneFiles(plan).render());
		return renderers.parallelStream().map(Supplier::get).flatMap(List::stream).toList();
	}

	/** The runbook in Markdown and HTML, listing the files of each group among {@code artifacts}. */
	public static List<Artifact> runbook(RemediationPlan plan, List<Artifact> artifacts) {
		return new Runbook(plan, artifacts).render();
	}
}
