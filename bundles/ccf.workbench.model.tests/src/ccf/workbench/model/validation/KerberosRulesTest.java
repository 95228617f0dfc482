/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static ccf.workbench.model.deployment.DeploymentPackage.Literals.NAMED_ELEMENT__NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.query.Fabrikam;

/** The alias, its CNAME and its SPNs, beyond the one scenario per rule of {@link EveryRuleTest}. */
class KerberosRulesTest {

	private final Fabrikam fabrikam = Remediation.fixed();
	private final ServiceAccount webAdmin = fabrikam.addAccount("WEBADMIN");

	private List<Finding> findings(Rule rule) {
		return Remediation.check(fabrikam).stream().filter(f -> f.rule() == rule).toList();
	}

	private DnsRecord cname() {
		return RuleScenarios.cname(fabrikam);
	}

	// CNAME

	@ParameterizedTest
	@ValueSource(strings = { "ccfiisalias", "CCFIISAlias", "ccfiisalias.fabrikam.com", "CCFIISALIAS.FABRIKAM.COM." })
	void cnameIsFoundByRelativeOrAbsoluteOwnerNameInAnyCase(String owner) {
		cname().setName(owner);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void cnameOfAnotherNameDoesNotCount() {
		cname().setName("ccfalias");

		assertThat(findings(Rule.ALIAS_CNAME_MISSING)).singleElement().satisfies(f -> assertThat(f.fixData())
				.containsExactly("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com"));
	}

	@Test
	void aliasWithAnExplicitFqdnNeedsTheCnameOfThatFqdn() {
		fabrikam.alias().setFqdn("ccf.fabrikam.com");
		fabrikam.deployment.getSpns().get(3).setHost("ccf.fabrikam.com");
		fabrikam.deployment.getClientGroups().forEach(g -> g.getLocalIntranetSites().set(0, "http://ccf.fabrikam.com"));

		assertThat(findings(Rule.ALIAS_CNAME_MISSING)).singleElement()
				.satisfies(f -> assertThat(f.fixData()).containsExactly("ccf.fabrikam.com", "ccfiis.fabrikam.com"));

		cname().setName("ccf");
		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void anAliasFqdnOutsideTheZoneIsLookedUpAsAnAbsoluteName() {
		fabrikam.alias().setFqdn("ccfalias.contoso.com");
		fabrikam.deployment.getSpns().get(3).setHost("ccfalias.contoso.com");
		fabrikam.deployment.getClientGroups().forEach(g -> g.getLocalIntranetSites().set(0, "http://ccfalias.contoso.com"));
		// Written without a trailing dot, the owner name is relative to the zone: ccfalias.contoso.com.fabrikam.com.
		cname().setName("ccfalias.contoso.com");

		assertThat(findings(Rule.ALIAS_CNAME_MISSING)).hasSize(1);

		cname().setName("ccfalias.contoso.com.");
		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ccfiis.fabrikam.com", "CCFIIS.FABRIKAM.COM.", "ccfiis.Fabrikam.Com" })
	void cnameTargetComparesWithoutCaseAndTrailingDot(String data) {
		cname().setData(data);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ccfiis", "ccfiis.contoso.com", "ccfweb02.fabrikam.com", "ccfiisalias.fabrikam.com" })
	void cnameToAnythingButTheServerFqdnIsTheWrongTarget(String data) {
		cname().setData(data);

		assertThat(findings(Rule.ALIAS_CNAME_WRONG_TARGET)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(cname());
			assertThat(f.message()).contains("points to " + data + ", not to ccfiis.fabrikam.com");
		});
	}

	@Test
	void severalTargetsNeedTheGivenCanonicalName() {
		RuleScenarios.secondServerBehindTheAlias(fabrikam);
		fabrikam.alias().setCanonicalName("ccfnlb.fabrikam.com.");

		assertThat(findings(Rule.ALIAS_CNAME_WRONG_TARGET)).singleElement()
				.satisfies(f -> assertThat(f.fixData()).containsExactly("ccfiisalias.fabrikam.com", "ccfnlb.fabrikam.com"));
		assertThat(findings(Rule.ALIAS_CANONICAL_NAME_REQUIRED)).isEmpty();
	}

	@Test
	void anARecordWithTheAliasNameCollidesInsteadOfMissingACname() {
		fabrikam.domain().getRecords().clear();
		fabrikam.addRecord("ccfiisalias", DnsRecordType.A, "10.0.0.10");

		assertThat(Remediation.check(fabrikam)).extracting(Finding::rule, Finding::target, Finding::feature)
				.containsExactly(tuple(Rule.ALIAS_COLLIDES_WITH_HOST, fabrikam.alias(), NAMED_ELEMENT__NAME));
		assertThat(findings(Rule.ALIAS_COLLIDES_WITH_HOST).get(0).message()).contains("A record", "fabrikam.com",
				"remove the A record");
	}

	@Test
	void noCnameIsExpectedForAnAliasWithoutDomain() {
		fabrikam.iis().setDomain(null);

		assertThat(findings(Rule.ALIAS_CNAME_MISSING)).isEmpty();
		assertThat(findings(Rule.ALIAS_CNAME_WRONG_TARGET)).isEmpty();
	}

	// Aliases and hosts

	@ParameterizedTest
	@CsvSource({ "CCFIIS, Web server CCFIIS", "ccfsql, SQL Server CCFSQL", "DC01, Domain controller DC01" })
	void aliasNamedLikeAHostCollides(String name, String owner) {
		fabrikam.alias().setName(name);

		assertThat(findings(Rule.ALIAS_COLLIDES_WITH_HOST)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(fabrikam.alias());
			assertThat(f.message()).contains("Alias " + name, "has the name of " + owner, "Choose another name");
		});
	}

	@Test
	void aliasNamedLikeAClientOfAnyGroupCollidesWithoutCase() {
		fabrikam.deployment.getClientGroups().get(1).getHosts().add("ccfiisalias");

		assertThat(findings(Rule.ALIAS_COLLIDES_WITH_HOST)).singleElement()
				.satisfies(f -> assertThat(f.message()).contains("a client of AdminConsoles"));
	}

	@Test
	void webServerWithServicesNeedsAnAlias() {
		WebServer web02 = fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(), "Customer");

		assertThat(findings(Rule.NO_ALIAS)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(web02);
			assertThat(f.message()).contains("Web server CCFWEB02", "alias CCFWEB02Alias for CCFWEB02");
		});

		fabrikam.alias().getTargets().add(web02);
		assertThat(findings(Rule.NO_ALIAS)).isEmpty();
	}

	@Test
	void poolsBehindOneAliasRunningAsDifferentAccountsCannotShareItsSpns() {
		WebServer web02 = RuleScenarios.secondServerBehindTheAlias(fabrikam);
		fabrikam.alias().setCanonicalName("ccfnlb.fabrikam.com");
		cname().setData("ccfnlb.fabrikam.com");
		web02.getAppPools().get(0).setIdentity(webAdmin);

		assertThat(findings(Rule.ALIAS_ACCOUNTS_DIFFER)).singleElement().satisfies(f -> assertThat(f.message())
				.contains("alias CCFIISAlias run as FABRIKAM\\ASPUSER, FABRIKAM\\WEBADMIN"));
		assertThat(findings(Rule.SPN_MISSING)).extracting(Finding::fixData).containsExactly(
				List.of("host/CCFIISAlias", "WEBADMIN"), List.of("host/ccfiisalias.fabrikam.com", "WEBADMIN"));
	}

	// SPNs

	@Test
	void spnsOfAPoolRunningAsABuiltInIdentityBelongToTheComputer() {
		fabrikam.pool().setIdentityType(AppPoolIdentityType.NETWORK_SERVICE);
		fabrikam.pool().setIdentity(null);

		assertThat(findings(Rule.SPN_MISSING)).extracting(Finding::fixData).containsExactly(
				List.of("host/CCFIISAlias", "CCFIIS"), List.of("host/ccfiisalias.fabrikam.com", "CCFIIS"));
		assertThat(findings(Rule.SPN_MISSING).get(0).message()).contains("FABRIKAM\\CCFIIS$",
				"setspn -S host/CCFIISAlias FABRIKAM\\CCFIIS$");
		assertThat(findings(Rule.SPN_ON_OTHER_PRINCIPAL)).extracting(f -> f.fixData().get(1)).containsExactly("ASPUSER", "ASPUSER");
	}

	@Test
	void aRequiredSpnWrittenInAnotherCaseIsPresent() {
		fabrikam.deployment.getSpns().get(2).setServiceClass("HOST");
		fabrikam.deployment.getSpns().get(2).setHost("ccfiisalias");

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void aRequiredSpnOnlyOnAnotherAccountIsMissingAndOnTheWrongAccount() {
		fabrikam.deployment.getSpns().get(2).setOwner(webAdmin);

		assertThat(Remediation.check(fabrikam)).extracting(Finding::rule, Finding::fixData).containsExactly(
				tuple(Rule.SPN_MISSING, List.of("host/CCFIISAlias", "ASPUSER")),
				tuple(Rule.SPN_ON_OTHER_PRINCIPAL, List.of("host/CCFIISAlias", "WEBADMIN")));
	}

	@Test
	void anAliasSpnOnTheComputerIsOnTheWrongPrincipalWhenThePoolRunsAsADomainAccount() {
		ServicePrincipalName onComputer = fabrikam.register("host", "ccfiisalias.fabrikam.com.", fabrikam.iis());

		assertThat(findings(Rule.SPN_ON_OTHER_PRINCIPAL)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(onComputer);
			assertThat(f.fixData()).containsExactly("host/ccfiisalias.fabrikam.com.", "CCFIIS");
			assertThat(f.message()).contains("sits on FABRIKAM\\CCFIIS$");
		});
	}

	@ParameterizedTest
	@CsvSource({ "HTTP, CCFIISAlias", "http, ccfiisalias.fabrikam.com", "Http, CCFIISALIAS.FABRIKAM.COM." })
	void anHttpSpnOfTheAliasOnAnyOtherPrincipalHijacksIt(String serviceClass, String host) {
		ServicePrincipalName onComputer = fabrikam.register(serviceClass, host, fabrikam.iis());
		ServicePrincipalName onWebAdmin = fabrikam.register(serviceClass, host, webAdmin);

		assertThat(findings(Rule.SPN_HTTP_HIJACK)).extracting(Finding::target).containsExactly(onComputer, onWebAdmin);
		assertThat(findings(Rule.SPN_ON_OTHER_PRINCIPAL)).isEmpty();
		assertThat(findings(Rule.SPN_HTTP_HIJACK).get(0).message()).contains("HTTP/ SPNs win over host/",
				"FABRIKAM\\ASPUSER cannot decrypt them");
	}

	@ParameterizedTest
	@CsvSource({ "host, CCFIIS", "HOST, ccfiis.fabrikam.com", "HTTP, CCFIIS", "http, CCFIIS.FABRIKAM.COM." })
	void anSpnOfTheRealServerOnAUserAccountBelongsToTheComputer(String serviceClass, String host) {
		ServicePrincipalName onAspUser = fabrikam.register(serviceClass, host, fabrikam.aspUser());

		assertThat(findings(Rule.SPN_SERVER_ON_ACCOUNT)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(onAspUser);
			assertThat(f.fixData()).containsExactly(onAspUser.text(), "ASPUSER");
		});
	}

	@Test
	void spnsOfOtherHostsOrServiceClassesOnAUserAccountAreNotTheRealServers() {
		fabrikam.register("MSSQLSvc", "ccfiis.fabrikam.com", fabrikam.aspUser()).setPort(1433);
		fabrikam.register("host", "ccfweb99", fabrikam.aspUser());
		fabrikam.register("HTTP", "ccfiis.contoso.com", fabrikam.aspUser());

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void aDuplicateIsReportedOnTheRegistrationThatDoesNotBelong() {
		// Registered on WEBADMIN first, then (correctly) on ASPUSER: the quick fix must remove WEBADMIN's.
		ServicePrincipalName wrong = Fabrikam.F.createServicePrincipalName();
		wrong.setServiceClass("host");
		wrong.setHost("ccfiisalias.fabrikam.com");
		wrong.setOwner(webAdmin);
		fabrikam.deployment.getSpns().add(0, wrong);

		assertThat(findings(Rule.SPN_DUPLICATE)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(wrong);
			assertThat(f.fixData()).containsExactly("host/ccfiisalias.fabrikam.com", "WEBADMIN");
			assertThat(f.message()).contains("registered on FABRIKAM\\ASPUSER and on FABRIKAM\\WEBADMIN",
					"Remove it from FABRIKAM\\WEBADMIN (setspn -D host/ccfiisalias.fabrikam.com FABRIKAM\\WEBADMIN)");
		});
	}

	@Test
	void aServerSpnRegisteredOnAnAccountBeforeTheComputerIsReportedOnTheAccount() {
		ServicePrincipalName wrong = Fabrikam.F.createServicePrincipalName();
		wrong.setServiceClass("HOST");
		wrong.setHost("ccfiis");
		wrong.setOwner(fabrikam.aspUser());
		fabrikam.deployment.getSpns().add(0, wrong);

		assertThat(findings(Rule.SPN_DUPLICATE)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(wrong);
			assertThat(f.fixData()).containsExactly("HOST/ccfiis", "ASPUSER");
		});
		assertThat(findings(Rule.SPN_SERVER_ON_ACCOUNT)).extracting(Finding::target).containsExactly(wrong);
	}

	@Test
	void theSameSpnTwiceOnOneAccountIsNoDuplicate() {
		fabrikam.register("host", "ccfiisalias", fabrikam.aspUser());
		fabrikam.register("HOST", "CCFIISALIAS.fabrikam.com", fabrikam.aspUser());

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void everyFurtherOwnerOfAnSpnIsADuplicate() {
		ServiceAccount sqlSvc = fabrikam.addAccount("SQLSVC");
		ServicePrincipalName first = fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", sqlSvc);
		ServicePrincipalName second = fabrikam.register("mssqlsvc", "CCFSQL.FABRIKAM.COM", webAdmin);
		ServicePrincipalName third = fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", fabrikam.aspUser());

		assertThat(findings(Rule.SPN_DUPLICATE)).extracting(Finding::target).containsExactly(second, third)
				.doesNotContain(first);
		assertThat(findings(Rule.SPN_DUPLICATE).get(0).message()).contains("Keep it only on the account that runs the service");
	}

	@Test
	void aRegistrationThatDoesNotBelongIsReportedOnceHoweverOftenTheRightOneIsRepeated() {
		ServicePrincipalName wrong = Fabrikam.F.createServicePrincipalName();
		wrong.setServiceClass("host");
		wrong.setHost("CCFIISAlias");
		wrong.setOwner(webAdmin);
		fabrikam.deployment.getSpns().add(0, wrong);
		fabrikam.register("host", "ccfiisalias", fabrikam.aspUser());

		assertThat(findings(Rule.SPN_DUPLICATE)).extracting(Finding::target).containsExactly(wrong);
	}

	@Test
	void spnsThatDifferInPortOrServiceNameAreNoDuplicates() {
		ServicePrincipalName a = fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", fabrikam.aspUser());
		a.setPort(1433);
		ServicePrincipalName b = fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", webAdmin);
		b.setPort(1434);
		fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", webAdmin).setServiceName("CCF");

		assertThat(findings(Rule.SPN_DUPLICATE)).isEmpty();
	}
}
