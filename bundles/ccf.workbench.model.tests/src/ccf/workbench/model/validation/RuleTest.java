/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ccf.workbench.model.query.Fabrikam;

/** The rule catalogue: stable codes, and the two kinds of findings of the domain notes. */
class RuleTest {

	@Test
	void codesAreUniqueLowerCaseWordsJoinedByHyphens() {
		assertThat(Arrays.stream(Rule.values()).map(Rule::code)).doesNotHaveDuplicates()
				.allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rule.class)
	void everyCodeNamesItsRule(Rule rule) {
		assertThat(Rule.ofCode(rule.code())).isSameAs(rule);
	}

	@Test
	void unknownCodesNameNoRule() {
		assertThat(Rule.ofCode("SPN-MISSING")).isNull();
		assertThat(Rule.ofCode("")).isNull();
		assertThat(Rule.ofCode(null)).isNull();
	}

	@Test
	void findingsTheRemediationFixesNeverBlockGeneration() {
		assertThat(Arrays.stream(Rule.values()).filter(rule -> !rule.blocksGeneration()).map(Rule::code)).containsExactly(
				"endpoint-names-real-server", "alias-cname-missing", "alias-cname-wrong-target", "spn-missing",
				"spn-on-other-principal", "spn-http-hijack", "spn-server-on-account", "spn-duplicate",
				"app-pool-credentials-missing", "alias-not-in-intranet-zone", "endpoint-identity-contradicts",
				"iis70-hotfix-962943", "kernel-mode-on-iis6", "endpoint-url-unparsable");
	}

	@Test
	void findingsThatMakeTheModelUnusableBlockGenerationAndAreErrors() {
		assertThat(Arrays.stream(Rule.values()).filter(Rule::blocksGeneration))
				.allMatch(rule -> rule.severity() == Severity.ERROR).extracting(Rule::code).containsExactly("no-alias",
						"duplicate-name", "netbios-name-invalid", "dns-name-invalid", "account-name-invalid",
						"account-without-domain", "spn-syntax-invalid", "alias-collides-with-host",
						"alias-canonical-name-required", "alias-accounts-differ", "pool-identity-missing",
						"pool-on-other-server", "service-without-pool", "alias-without-target", "spn-without-owner", "path-invalid", "text-unsafe");
	}

	@Test
	void onlyAdviceIsAWarning() {
		assertThat(Arrays.stream(Rule.values()).filter(rule -> rule.severity() == Severity.WARNING)).containsExactly(
				Rule.IIS70_HOTFIX_962943, Rule.KERNEL_MODE_ON_IIS6, Rule.ENDPOINT_URL_UNPARSABLE);
	}

	@Test
	void severitiesHaveTheLabelsValidatePrints() {
		assertThat(Arrays.stream(Severity.values()).map(Severity::label)).containsExactly("error", "warning", "info");
	}

	@Test
	void findingsAreImmutableAndTakeTheirRulesFacts() {
		Fabrikam fabrikam = new Fabrikam();
		List<String> data = new java.util.ArrayList<>(List.of("host/CCFIISAlias", "ASPUSER"));
		Finding finding = new Finding(Rule.SPN_MISSING, "m", fabrikam.alias(), null, -1, data);
		data.clear();

		assertThat(finding.fixData()).containsExactly("host/CCFIISAlias", "ASPUSER");
		assertThat(finding.code()).isEqualTo("spn-missing");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.blocksGeneration()).isFalse();
		assertThat(DeploymentRules.blocksGeneration(List.of(finding))).isFalse();
		assertThat(DeploymentRules.blocksGeneration(List.of(finding,
				new Finding(Rule.NO_ALIAS, "m", fabrikam.iis(), null, -1, List.of())))).isTrue();
		assertThat(DeploymentRules.blocksGeneration(List.of())).isFalse();
	}

	@Test
	void checkReturnsAnUnmodifiableList() {
		List<Finding> findings = DeploymentRules.check(new Fabrikam().deployment);

		assertThat(findings).isUnmodifiable();
	}
}
