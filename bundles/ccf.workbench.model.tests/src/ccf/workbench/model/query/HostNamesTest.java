/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.DomainController;
import ccf.workbench.model.deployment.WebServer;

/** Effective FQDNs of hosts and which host names denote them. */
class HostNamesTest {

	private final Fabrikam fabrikam = new Fabrikam();

	@Test
	void explicitFqdnIsUsedAsWritten() {
		assertThat(fabrikam.iis().effectiveFqdn()).isEqualTo("ccfiis.fabrikam.com");
	}

	@Test
	void explicitFqdnLosesItsTrailingDotButKeepsItsCase() {
		fabrikam.iis().setFqdn("CCFIIS.Fabrikam.COM.");

		assertThat(fabrikam.iis().effectiveFqdn()).isEqualTo("CCFIIS.Fabrikam.COM");
	}

	@Test
	void missingFqdnIsTheLowerCaseNameInTheDomainsDnsName() {
		DomainController dc = fabrikam.domain().getControllers().get(0);

		assertThat(dc.getFqdn()).isNull();
		assertThat(dc.effectiveFqdn()).isEqualTo("dc01.fabrikam.com");
	}

	@Test
	void blankFqdnCountsAsMissing() {
		fabrikam.iis().setFqdn("  ");

		assertThat(fabrikam.iis().effectiveFqdn()).isEqualTo("ccfiis.fabrikam.com");
	}

	@Test
	void derivedFqdnIgnoresTheTrailingDotOfTheDomainsDnsName() {
		fabrikam.domain().setDnsName("fabrikam.com.");

		assertThat(fabrikam.sql().effectiveFqdn()).isEqualTo("ccfsql.fabrikam.com");
	}

	@Test
	void hostWithoutDomainOrDnsNameHasOnlyItsLowerCaseName() {
		WebServer standalone = Fabrikam.F.createWebServer();
		standalone.setName("WEB02");
		assertThat(standalone.effectiveFqdn()).isEqualTo("web02");

		standalone.setDomain(fabrikam.domain());
		fabrikam.domain().setDnsName(null);
		assertThat(standalone.effectiveFqdn()).isEqualTo("web02");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CCFIIS", "ccfiis", "CcFiIs", "CCFIIS.", "ccfiis.fabrikam.com", "CCFIIS.FABRIKAM.COM",
			"ccfiis.fabrikam.com." })
	void isNamedByItsNetbiosNameOrFqdnInAnyCase(String hostName) {
		assertThat(fabrikam.iis().isNamedBy(hostName)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { ".", "CCFIISAlias", "ccfiisalias.fabrikam.com", "ccfiis.contoso.com", "ccfiis.fabrikam",
			"ccfiis2", "ccfii", "fabrikam.com", "ccfiis.fabrikam.com.." })
	void isNotNamedByOtherNames(String hostName) {
		assertThat(fabrikam.iis().isNamedBy(hostName)).isFalse();
	}

	@Test
	void isNamedByTheDerivedFqdn() {
		DomainController dc = fabrikam.domain().getControllers().get(0);

		assertThat(dc.isNamedBy("DC01.Fabrikam.com")).isTrue();
		assertThat(dc.isNamedBy("dc01.contoso.com")).isFalse();
	}

	@Test
	void findHostFindsWebServersSqlServersAndDomainControllersByAnyOfTheirNames() {
		assertThat(fabrikam.deployment.findHost("ccfiis.FABRIKAM.com")).isSameAs(fabrikam.iis());
		assertThat(fabrikam.deployment.findHost("CCFIIS")).isSameAs(fabrikam.iis());
		assertThat(fabrikam.deployment.findHost("ccfsql")).isSameAs(fabrikam.sql());
		assertThat(fabrikam.deployment.findHost("dc01.fabrikam.com.")).isSameAs(fabrikam.domain().getControllers().get(0));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "CCFIISAlias", "ccfiisalias.fabrikam.com", "AGENT01", "CCFADMIN01", "ASPUSER", "FABRIKAM" })
	void findHostFindsNoHostForAliasesClientsAccountsOrDomains(String hostName) {
		assertThat(fabrikam.deployment.findHost(hostName)).isNull();
	}
}
