/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ccf.workbench.remediation.plan.Action;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;

/** The file of each step of the plan, as the plan view shows it. */
class StepArtifactsTest {

	@Test
	void everyStepsFileIsGeneratedAndNamesTheStep() throws Exception {
		RemediationGenerator generator = new RemediationGenerator().force(true);
		var deployment = Deployments.sample();
		RemediationPlan plan = generator.plan(deployment);
		Map<String, Artifact> artifacts = generator.generate(deployment).stream()
				.collect(Collectors.toMap(Artifact::path, artifact -> artifact));

		for (StepGroup group : plan.groups()) {
			for (Step step : group.steps()) {
				String path = StepArtifacts.of(group, step);
				assertThat(artifacts).as("the file of step %d", step.number()).containsKey(path);
				assertThat(path).startsWith(group.id() + "/");
				if (!(step.action() instanceof Action.AddIntranetSites)) {
					assertThat(new String(artifacts.get(path).content(), StandardCharsets.UTF_8)).as(path)
							.containsPattern("(?i)step " + step.number() + "\\b");
				}
			}
		}
		List<String> kinds = plan.groups().stream().flatMap(g -> g.steps().stream().map(s -> StepArtifacts.of(g, s)))
				.map(path -> path.substring(path.lastIndexOf('.'))).distinct().toList();
		assertThat(kinds).as("the sample has steps of every kind of file").contains(".ps1", ".xdt", ".sql", ".reg");
	}
}
