/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.query.Fabrikam;

/**
 * The article's deployment: its "before" state reports exactly what the remediation fixes and nothing that blocks
 * generation; every step of the remediation removes exactly its own findings; the fixed deployment is clean.
 */
class Kb969803FindingsTest {

	private final Fabrikam before = new Fabrikam();
	private final List<Finding> findings = Remediation.check(before);

	@Test
	void beforeStateReportsExactlyTheFindingsTheRemediationFixes() {
		Map<String, Long> byCode = findings.stream().collect(Collectors.groupingBy(Finding::code, Collectors.counting()));

		assertThat(byCode).containsOnly(Map.entry("alias-cname-missing", 1L), Map.entry("spn-missing", 2L),
				Map.entry("app-pool-credentials-missing", 12L), Map.entry("iis70-hotfix-962943", 1L),
				Map.entry("endpoint-names-real-server", 4L), Map.entry("alias-not-in-intranet-zone", 2L));
		assertThat(findings).hasSize(22);
	}

	@Test
	void nothingInTheBeforeStateBlocksGeneration() {
		assertThat(findings).noneMatch(Finding::blocksGeneration);
		assertThat(DeploymentRules.blocksGeneration(findings)).isFalse();
	}

	@Test
	void theHotfixIsAWarningAndEverythingElseAnError() {
		assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::rule)
				.containsExactly(Rule.IIS70_HOTFIX_962943);
		assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).hasSize(21);
	}

	@Test
	void aliasFindingsCarryTheCnameAndTheSpnsToAdd() {
		assertThat(findings).filteredOn(f -> f.rule() == Rule.ALIAS_CNAME_MISSING || f.rule() == Rule.SPN_MISSING)
				.extracting(Finding::rule, Finding::target, Finding::fixData)
				.containsExactly(
						tuple(Rule.ALIAS_CNAME_MISSING, before.alias(), List.of("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com")),
						tuple(Rule.SPN_MISSING, before.alias(), List.of("host/CCFIISAlias", "ASPUSER")),
						tuple(Rule.SPN_MISSING, before.alias(), List.of("host/ccfiisalias.fabrikam.com", "ASPUSER")));
	}

	@Test
	void everyCcfLocationOfTheServerLacksUseAppPoolCredentials() {
		assertThat(findings).filteredOn(f -> f.rule() == Rule.APP_POOL_CREDENTIALS_MISSING).extracting(Finding::target)
				.containsExactlyElementsOf(before.iis().getServices());
		assertThat(findings).filteredOn(f -> f.rule() == Rule.APP_POOL_CREDENTIALS_MISSING)
				.extracting(f -> f.fixData().get(0))
				.contains("Default Web Site/Microsoft.Ccf.Csr.WebServices.AgentCredentials",
						"Default Web Site/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService")
				.allMatch(path -> path.startsWith("Default Web Site/Microsoft.Ccf."));
	}

	@Test
	void endpointFindingsRewriteShortNamesToTheAliasAndFqdnsToTheAliasFqdn() {
		assertThat(findings).filteredOn(f -> f.rule() == Rule.ENDPOINT_NAMES_REAL_SERVER)
				.extracting(f -> ((EndpointReference) f.target()).getUrl(), Finding::fixData).containsExactly(
						tuple("http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
								List.of("CCFIIS", "CCFIISAlias",
										"http://CCFIISAlias/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc")),
						tuple("http://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx",
								List.of("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com",
										"http://ccfiisalias.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx")),
						tuple("http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx",
								List.of("CCFIIS", "CCFIISAlias", "http://CCFIISAlias/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx")),
						tuple("http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx",
								List.of("CCFIIS", "CCFIISAlias",
										"http://CCFIISAlias/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx")));
	}

	@Test
	void bothClientGroupsMissTheAliasInTheirIntranetZone() {
		assertThat(findings).filteredOn(f -> f.rule() == Rule.ALIAS_NOT_IN_INTRANET_ZONE)
				.extracting(Finding::target, Finding::fixData)
				.containsExactly(tuple(before.deployment.getClientGroups().get(0), List.of("http://ccfiisalias.fabrikam.com")),
						tuple(before.deployment.getClientGroups().get(1), List.of("http://ccfiisalias.fabrikam.com")));
	}

	@Test
	void theFixedDeploymentHasNoFindings() {
		assertThat(Remediation.check(Remediation.fixed())).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Remediation.class)
	void everyStepRemovesExactlyItsOwnFindings(Remediation skipped) {
		Fabrikam fabrikam = new Fabrikam();
		EnumSet.complementOf(EnumSet.of(skipped)).forEach(step -> step.apply(fabrikam));

		List<Finding> left = Remediation.check(fabrikam);

		assertThat(left).isNotEmpty().allMatch(f -> f.rule() == skipped.fixes());
		assertThat(left).hasSize((int) findings.stream().filter(f -> f.rule() == skipped.fixes()).count());
	}

	@Test
	void theFixedDeploymentKeepsTheSettingsTheRemediationMade() {
		Fabrikam fixed = Remediation.fixed();

		assertThat(fixed.iis().getServices()).extracting(ServiceInstallation::getUseAppPoolCredentials).containsOnly(Boolean.TRUE);
		assertThat(fixed.alias().cnameRecord()).isNotNull();
		assertThat(fixed.deployment.missingSpns()).isEmpty();
		assertThat(fixed.deployment.endpointsNamingRealServer()).isEmpty();
	}
}
