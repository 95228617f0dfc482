/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ccf.workbench.model.query.Fabrikam;
import ccf.workbench.model.validation.RuleScenarios.Expected;
import ccf.workbench.model.validation.RuleScenarios.Scenario;

/**
 * Every {@link Rule} constant fires on a change to the fixed KB 969803 sample, with the finding its scenario expects,
 * and stays silent on a near miss. A rule added without a scenario in {@link RuleScenarios} fails here.
 */
class EveryRuleTest {

	@Test
	void theFixedSampleIsCleanBeforeEachScenario() {
		assertThat(Remediation.check(Remediation.fixed())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rule.class)
	void everyRuleHasAFiringScenarioAndANearMiss(Rule rule) {
		assertThat(RuleScenarios.of(rule)).as("scenario of %s (%s) in RuleScenarios", rule, rule.code()).isNotNull();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rule.class)
	void fires(Rule rule) {
		Scenario scenario = RuleScenarios.of(rule);
		assertThat(scenario).as("scenario of %s", rule).isNotNull();
		Fabrikam fabrikam = Remediation.fixed();
		Expected expected = scenario.fire().apply(fabrikam);

		List<Finding> findings = Remediation.check(fabrikam);

		assertThat(findings).filteredOn(f -> f.rule() == rule).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(rule.code());
			assertThat(Rule.ofCode(finding.code())).isSameAs(rule);
			assertThat(finding.severity()).isEqualTo(rule.severity());
			assertThat(finding.blocksGeneration()).isEqualTo(rule.blocksGeneration());
			assertThat(finding.target()).isSameAs(expected.target());
			assertThat(finding.feature()).isSameAs(expected.feature());
			assertThat(finding.target().eClass().getEAllStructuralFeatures()).contains(finding.feature());
			assertThat(finding.index()).isEqualTo(expected.index());
			assertThat(finding.fixData()).containsExactlyElementsOf(expected.fixData());
			assertThat(finding.message()).contains(expected.mentions()).endsWith(".");
		});
		// A remediation finding never brings a blocking one along; a blocking one blocks.
		assertThat(DeploymentRules.blocksGeneration(findings)).isEqualTo(rule.blocksGeneration());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rule.class)
	void nearMissDoesNotFire(Rule rule) {
		Scenario scenario = RuleScenarios.of(rule);
		assertThat(scenario).as("scenario of %s", rule).isNotNull();
		Fabrikam fabrikam = Remediation.fixed();
		scenario.nearMiss().accept(fabrikam);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}
}
