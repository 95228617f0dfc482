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

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.WebServer;

/** The alias's FQDN, canonical name, domain, the names that denote it and its CNAME record. */
class AliasNamesTest {

	private final Fabrikam fabrikam = new Fabrikam();
	private final Alias alias = fabrikam.alias();

	@Test
	void fqdnIsDerivedFromTheTargetServersDomain() {
		assertThat(alias.getFqdn()).isNull();
		assertThat(alias.effectiveFqdn()).isEqualTo("ccfiisalias.fabrikam.com");
	}

	@Test
	void explicitFqdnLosesItsTrailingDot() {
		alias.setFqdn("CCFIISAlias.fabrikam.com.");

		assertThat(alias.effectiveFqdn()).isEqualTo("CCFIISAlias.fabrikam.com");
	}

	@Test
	void aliasNamedByItsFqdnIsNotQualifiedTwice() {
		alias.setName("CCFIISAlias.Fabrikam.com");

		assertThat(alias.effectiveFqdn()).isEqualTo("ccfiisalias.fabrikam.com");
		assertThat(alias.isNamedBy("CCFIISALIAS.fabrikam.com.")).isTrue();
	}

	@Test
	void aliasWithoutTargetsHasNoDomainAndOnlyItsLowerCaseName() {
		Alias loose = Fabrikam.F.createAlias();
		loose.setName("CCFIISAlias");

		assertThat(loose.domain()).isNull();
		assertThat(loose.effectiveFqdn()).isEqualTo("ccfiisalias");
		assertThat(loose.effectiveCanonicalName()).isNull();
		assertThat(loose.cnameRecord()).isNull();
	}

	@Test
	void domainIsTheFirstTargetDomainThatIsSet() {
		WebServer web02 = fabrikam.addWebServer("WEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser());
		web02.setDomain(null);
		alias.getTargets().add(0, web02);

		assertThat(alias.domain()).isSameAs(fabrikam.domain());
	}

	@Test
	void canonicalNameOfASingleTargetIsItsFqdn() {
		assertThat(alias.effectiveCanonicalName()).isEqualTo("ccfiis.fabrikam.com");
	}

	@Test
	void canonicalNameOfSeveralTargetsIsUnknownUnlessGiven() {
		alias.getTargets().add(fabrikam.addWebServer("WEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser()));
		assertThat(alias.effectiveCanonicalName()).isNull();

		alias.setCanonicalName("ccfweb-nlb.fabrikam.com.");
		assertThat(alias.effectiveCanonicalName()).isEqualTo("ccfweb-nlb.fabrikam.com");
	}

	@Test
	void explicitCanonicalNameWinsOverTheSingleTarget() {
		alias.setCanonicalName("ccfweb-nlb.fabrikam.com");

		assertThat(alias.effectiveCanonicalName()).isEqualTo("ccfweb-nlb.fabrikam.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CCFIISAlias", "ccfiisalias", "CCFIISALIAS.", "ccfiisalias.fabrikam.com",
			"CCFIISALIAS.FABRIKAM.COM." })
	void isNamedByItsNameOrFqdnInAnyCase(String hostName) {
		assertThat(alias.isNamedBy(hostName)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "CCFIIS", "ccfiis.fabrikam.com", "ccfiisalias.contoso.com", "ccfiisalias2" })
	void isNotNamedByTheRealServerOrOtherNames(String hostName) {
		assertThat(alias.isNamedBy(hostName)).isFalse();
	}

	@Test
	void cnameIsAbsentInTheBeforeState() {
		assertThat(alias.cnameRecord()).isNull();
	}

	@Test
	void cnameIsFoundByRelativeOwnerName() {
		DnsRecord cname = fabrikam.addRecord("CCFIISAlias", DnsRecordType.CNAME, "ccfiis.fabrikam.com");

		assertThat(alias.cnameRecord()).isSameAs(cname);
	}

	@Test
	void cnameIsFoundByAbsoluteOwnerName() {
		DnsRecord cname = fabrikam.addRecord("ccfiisalias.fabrikam.com.", DnsRecordType.CNAME, "ccfiis.fabrikam.com.");

		assertThat(alias.cnameRecord()).isSameAs(cname);
	}

	@Test
	void cnameIsFoundForAnExplicitFqdnInTheZone() {
		alias.setFqdn("ccf.fabrikam.com");
		DnsRecord cname = fabrikam.addRecord("ccf", DnsRecordType.CNAME, "ccfiis.fabrikam.com");

		assertThat(alias.cnameRecord()).isSameAs(cname);
	}

	@Test
	void anARecordWithTheAliasNameIsNoCname() {
		fabrikam.addRecord("ccfiisalias", DnsRecordType.A, "10.0.0.10");

		assertThat(alias.cnameRecord()).isNull();
	}

	@Test
	void cnameOfAnotherNameIsNotTheAliasCname() {
		fabrikam.addRecord("ccfalias", DnsRecordType.CNAME, "ccfiis.fabrikam.com");
		fabrikam.addRecord("ccfiisalias.contoso.com.", DnsRecordType.CNAME, "ccfiis.fabrikam.com");

		assertThat(alias.cnameRecord()).isNull();
	}
}
