/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;

/**
 * The part of a group's generated PowerShell script ({@code <group>/remediate.ps1}) that carries out one step: from
 * its {@code # Step N:} comment to the next step's.
 */
public final class StepScript {

	private static final String SCRIPT = "remediate.ps1";

	private StepScript() {
	}

	public static Optional<String> excerpt(List<Artifact> artifacts, StepGroup group, Step step) {
		String path = group.id() + "/" + SCRIPT;
		return artifacts.stream().filter(artifact -> artifact.path().equals(path)).findFirst()
				.flatMap(artifact -> excerpt(new String(artifact.content(), StandardCharsets.UTF_8), step.number()));
	}

	static Optional<String> excerpt(String script, int number) {
		String start = "# Step " + number + ":";
		int from = script.startsWith(start) ? 0 : script.indexOf("\n" + start) + 1;
		if (from <= 0 && !script.startsWith(start)) {
			return Optional.empty();
		}
		int to = script.indexOf("\n# Step ", from + start.length());
		return Optional.of(script.substring(from, to < 0 ? script.length() : to + 1).stripTrailing() + "\n");
	}
}
