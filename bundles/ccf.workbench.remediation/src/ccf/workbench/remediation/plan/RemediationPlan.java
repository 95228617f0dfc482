/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.List;
import java.util.stream.Stream;

/**
 * The remediation of KB 969803 for one deployment, as pure data: the host names that move to an alias, and the
 * groups of steps in the order they run, each group run by one performer. Every artifact is rendered from it.
 *
 * @param warnings what the administrator must know before starting (e.g. hotfix KB 962943), one sentence each
 */
public record RemediationPlan(String deployment, List<HostRewrite> hostRewrites, List<StepGroup> groups,
		List<String> warnings) {

	public RemediationPlan {
		hostRewrites = List.copyOf(hostRewrites);
		groups = List.copyOf(groups);
		warnings = List.copyOf(warnings);
	}

	/** Every step, in order. */
	public Stream<Step> steps() {
		return groups.stream().flatMap(group -> group.steps().stream());
	}
}
