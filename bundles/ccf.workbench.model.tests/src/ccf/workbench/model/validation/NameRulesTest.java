/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__CANONICAL_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__FQDN;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CLIENT_GROUP__HOSTS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CONFIG_FILE__LOCAL_COPY;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DNS_RECORD__DATA;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DNS_RECORD__NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DOMAIN__DNS_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ENDPOINT_REFERENCE__URL;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.NAMED_ELEMENT__NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_ACCOUNT__USER_PRINCIPAL_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__SERVICE;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__VIRTUAL_PATH;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__HOST;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__PORT;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__SERVICE_CLASS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__SERVICE_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.WEB_SERVER__SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.query.Fabrikam;

/** Names that are unsafe, malformed or taken twice, beyond {@link EveryRuleTest}: they block generation. */
class NameRulesTest {

	private final Fabrikam fabrikam = Remediation.fixed();

	private List<Finding> findings(Rule rule) {
		return Remediation.check(fabrikam).stream().filter(f -> f.rule() == rule).toList();
	}

	// Unsafe text

	@Test
	void unsafeTextInAListIsReportedAtItsIndex() {
		fabrikam.deployment.getClientGroups().get(0).getHosts().add("AGENT03\u202E");

		assertThat(findings(Rule.TEXT_UNSAFE)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(fabrikam.deployment.getClientGroups().get(0));
			assertThat(f.feature()).isSameAs(CLIENT_GROUP__HOSTS);
			assertThat(f.index()).isEqualTo(2);
			assertThat(f.message()).contains("The hosts of ClientGroup AgentDesktops", "U+202E at position 8");
		});
	}

	@Test
	void unsafeTextDeepInTheModelIsReported() {
		EndpointReference endpoint = RuleScenarios.addToMmcConfig(fabrikam, "http://ccfiisalias/x.svc\r\nHost: evil");

		assertThat(findings(Rule.TEXT_UNSAFE)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(endpoint);
			assertThat(f.feature()).isSameAs(ENDPOINT_REFERENCE__URL);
			assertThat(f.index()).isEqualTo(-1);
		});
	}

	@Test
	void everyUnsafeValueIsReported() {
		fabrikam.deployment.setName("Fabri\u200Bkam");
		fabrikam.sql().getDatabases().get(0).setName("CCF\nInfrastructure");

		assertThat(findings(Rule.TEXT_UNSAFE)).extracting(Finding::target)
				.containsExactly(fabrikam.deployment, fabrikam.sql().getDatabases().get(0));
	}

	// Duplicates

	@Test
	void hostNamesAreUniqueAcrossWebServersSqlServersAndControllers() {
		fabrikam.sql().setName("ccfiis");
		DomainController dc02 = Fabrikam.F.createDomainController();
		dc02.setName("CCFSQL");
		fabrikam.domain().getControllers().add(dc02);

		assertThat(findings(Rule.DUPLICATE_NAME)).extracting(Finding::target, Finding::feature)
				.containsExactly(tuple(fabrikam.sql(), NAMED_ELEMENT__NAME));
		assertThat(findings(Rule.DUPLICATE_NAME).get(0).message()).contains("The host name ccfiis is already used by WebServer CCFIIS");

		dc02.setName("dc01");
		assertThat(findings(Rule.DUPLICATE_NAME)).extracting(Finding::target).containsExactly(fabrikam.sql(), dc02);
	}

	@Test
	void aliasDomainAndGroupNamesAreUniqueWithoutCase() {
		var alias2 = Fabrikam.F.createAlias();
		alias2.setName("ccfiisALIAS");
		alias2.getTargets().add(fabrikam.iis());
		fabrikam.deployment.getAliases().add(alias2);
		Domain contoso = Fabrikam.F.createDomain();
		contoso.setName("Fabrikam");
		contoso.setDnsName("contoso.com");
		fabrikam.deployment.getDomains().add(contoso);
		var group = Fabrikam.F.createClientGroup();
		group.setName("agentdesktops");
		fabrikam.deployment.getClientGroups().add(group);

		assertThat(findings(Rule.DUPLICATE_NAME)).extracting(Finding::target).containsExactly(contoso, alias2, group);
	}

	@Test
	void aClientListedTwiceInAGroupIsReportedAtItsSecondIndex() {
		fabrikam.deployment.getClientGroups().get(0).getHosts().add("agent01");

		assertThat(findings(Rule.DUPLICATE_NAME)).singleElement().satisfies(f -> {
			assertThat(f.feature()).isSameAs(CLIENT_GROUP__HOSTS);
			assertThat(f.index()).isEqualTo(2);
			assertThat(f.message()).contains("Client host agent01 is listed twice in AgentDesktops; remove one.");
		});
	}

	@Test
	void theSameClientInTwoGroupsIsFine() {
		fabrikam.deployment.getClientGroups().get(1).getHosts().add("AGENT01");

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void poolNamesAreUniquePerServerOnly() {
		fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser());
		assertThat(findings(Rule.DUPLICATE_NAME)).isEmpty();

		var twin = RuleScenarios.addPool(fabrikam.iis(), "CCFPOOL", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser());
		assertThat(findings(Rule.DUPLICATE_NAME)).extracting(Finding::target).containsExactly(twin);
		assertThat(findings(Rule.DUPLICATE_NAME).get(0).message()).contains("application pool on CCFIIS");
	}

	@Test
	void aServiceInstalledTwiceAtOneVirtualPathIsReported() {
		ServiceInstallation again = Fabrikam.F.createServiceInstallation();
		again.setService(fabrikam.service("Customer"));
		again.setPool(fabrikam.pool());
		again.setUseAppPoolCredentials(Boolean.TRUE);
		fabrikam.iis().getServices().add(again);

		assertThat(findings(Rule.DUPLICATE_NAME)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(again);
			assertThat(f.feature()).isSameAs(SERVICE_INSTALLATION__SERVICE);
			assertThat(f.message()).contains("lists Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer twice");
		});

		again.setVirtualPath("/Customer2/");
		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void databaseNamesAreUniquePerSqlServer() {
		Database twin = Fabrikam.F.createDatabase();
		twin.setName("ccfinfrastructure");
		fabrikam.sql().getDatabases().add(twin);

		assertThat(findings(Rule.DUPLICATE_NAME)).extracting(Finding::target).containsExactly(twin);
	}

	// NetBIOS names

	@Test
	void aClientNameThatIsNoNetbiosNameIsReportedAtItsIndex() {
		fabrikam.deployment.getClientGroups().get(1).getHosts().add("AGENT-WORKSTATION");

		assertThat(findings(Rule.NETBIOS_NAME_INVALID)).singleElement().satisfies(f -> {
			assertThat(f.feature()).isSameAs(CLIENT_GROUP__HOSTS);
			assertThat(f.index()).isEqualTo(1);
			assertThat(f.message()).contains("Client host 'AGENT-WORKSTATION' of AdminConsoles has 17 characters",
					"Use the computer's NetBIOS name");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "FABRIKAM-CONTOSO", "FABRIKAM.COM", "2009", "FABRIK\u0410M" })
	void theDomainsNetbiosNameIsChecked(String name) {
		fabrikam.domain().setName(name);

		assertThat(findings(Rule.NETBIOS_NAME_INVALID)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(fabrikam.domain());
			assertThat(f.message()).contains("Domain name '" + name + "'", "Use the domain's NetBIOS name");
		});
	}

	@Test
	void aControllerNameIsChecked() {
		DomainController dc = fabrikam.domain().getControllers().get(0);
		dc.setName("DC_01");

		assertThat(findings(Rule.NETBIOS_NAME_INVALID)).extracting(Finding::target).containsExactly(dc);
	}

	// DNS names

	@Test
	void aDomainWithoutDnsNameIsToldToGiveIt() {
		fabrikam.domain().setDnsName(null);

		assertThat(findings(Rule.DNS_NAME_INVALID)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(fabrikam.domain());
			assertThat(f.feature()).isSameAs(DOMAIN__DNS_NAME);
			assertThat(f.message()).isEqualTo("Domain FABRIKAM has no DNS name. Give its DNS name, e.g. fabrikam.com.");
		});
	}

	@Test
	void blankOptionalNamesMeanTheDerivedOnes() {
		fabrikam.iis().setFqdn("");
		fabrikam.sql().setFqdn("");
		fabrikam.alias().setFqdn("");
		fabrikam.alias().setCanonicalName("");

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void anExplicitAliasFqdnAndCanonicalNameAreChecked() {
		fabrikam.alias().setFqdn("ccf alias.fabrikam.com");
		fabrikam.alias().setCanonicalName("10.0.0.10");

		assertThat(findings(Rule.DNS_NAME_INVALID)).extracting(Finding::target, Finding::feature).containsExactly(
				tuple(fabrikam.alias(), ALIAS__FQDN), tuple(fabrikam.alias(), ALIAS__CANONICAL_NAME));
		assertThat(findings(Rule.DNS_NAME_INVALID).get(1).message()).contains("Alias CCFIISAlias", "'10.0.0.10'",
				"read as an IP address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ccf_alias", "ccfiis.alias", "-ccfalias", "12345", "ccf\u0430lias", "ccf$(calc)" })
	void aliasNamesAreSingleDnsLabelsThatAreNotAllDigits(String name) {
		fabrikam.alias().setName(name);

		assertThat(findings(Rule.DNS_NAME_INVALID)).filteredOn(f -> f.target() == fabrikam.alias()).singleElement()
				.satisfies(f -> {
					assertThat(f.feature()).isSameAs(NAMED_ELEMENT__NAME);
					assertThat(f.message()).contains("The alias name '" + name + "'", "Choose a name");
				});
	}

	@Test
	void recordNamesAndCanonicalNamesAreChecked() {
		DnsRecord badName = fabrikam.addRecord("ccf..web", DnsRecordType.CNAME, "ccfiis.fabrikam.com.");
		DnsRecord badData = fabrikam.addRecord("ccfweb", DnsRecordType.CNAME, "10.0.0.10");
		DnsRecord badAddress = fabrikam.addRecord("ccfiis", DnsRecordType.A, "10.0.0.300");
		fabrikam.addRecord("@", DnsRecordType.A, "10.0.0.1");
		fabrikam.addRecord("ccfsql", DnsRecordType.A, "10.0.0.20");

		assertThat(findings(Rule.DNS_NAME_INVALID)).extracting(Finding::target, Finding::feature).containsExactly(
				tuple(badName, DNS_RECORD__NAME), tuple(badData, DNS_RECORD__DATA), tuple(badAddress, DNS_RECORD__DATA));
		assertThat(findings(Rule.DNS_NAME_INVALID)).extracting(Finding::message).satisfiesExactly(
				m -> assertThat(m).contains("'ccf..web'", "Correct the record's name"),
				m -> assertThat(m).contains("CNAME record ccfweb", "Point the record to the FQDN of a host"),
				m -> assertThat(m).contains("The A record ccfiis needs an IPv4 address", "'10.0.0.300'"));
	}

	// Accounts

	@Test
	void theModelNameIsTheAccountNameUnlessOneIsGiven() {
		ServiceAccount account = fabrikam.addAccount("CCF App Pool");
		assertThat(findings(Rule.ACCOUNT_NAME_INVALID)).singleElement().satisfies(f -> {
			assertThat(f.feature()).isSameAs(NAMED_ELEMENT__NAME);
			assertThat(f.message()).startsWith("The account name 'CCF App Pool' may only hold");
		});

		account.setAccountName("ccfapppool");
		assertThat(Remediation.check(fabrikam)).isEmpty();

		account.setAccountName("");
		assertThat(findings(Rule.ACCOUNT_NAME_INVALID)).singleElement()
				.satisfies(f -> assertThat(f.feature()).isSameAs(NAMED_ELEMENT__NAME));
	}

	@Test
	void managedServiceAccountsEndInDollar() {
		fabrikam.addAccount("gMSA-CCF$");

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void aMalformedUpnIsReported() {
		fabrikam.aspUser().setUserPrincipalName("FABRIKAM\\ASPUSER");

		assertThat(findings(Rule.ACCOUNT_NAME_INVALID)).singleElement().satisfies(f -> {
			assertThat(f.feature()).isSameAs(SERVICE_ACCOUNT__USER_PRINCIPAL_NAME);
			assertThat(f.message()).contains("of account ASPUSER", "Write it as user@dns.domain, or leave it empty");
		});
	}

	@Test
	void anAccountWithoutDomainGetsNoQuickFixWhenTheDomainIsAmbiguous() {
		Domain contoso = Fabrikam.F.createDomain();
		contoso.setName("CONTOSO");
		contoso.setDnsName("contoso.com");
		fabrikam.deployment.getDomains().add(contoso);
		ServiceAccount account = fabrikam.addAccount("WEBADMIN");
		account.setDomain(null);

		assertThat(findings(Rule.ACCOUNT_WITHOUT_DOMAIN)).singleElement().satisfies(f -> {
			assertThat(f.fixData()).isEmpty();
			assertThat(f.message()).endsWith("Say which domain it belongs to.");
		});
	}

	// SPN syntax

	@Test
	void theSpnPartAtFaultIsTheFeatureOfTheFinding() {
		ServiceAccount owner = fabrikam.addAccount("SQLSVC");
		ServicePrincipalName serviceClass = fabrikam.register("MS SQL", "ccfsql.fabrikam.com", owner);
		ServicePrincipalName host = fabrikam.register("MSSQLSvc", "ccfsql..fabrikam.com", owner);
		ServicePrincipalName port = fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", owner);
		port.setPort(70000);
		ServicePrincipalName name = fabrikam.register("MSSQLSvc", "ccfsql.fabrikam.com", owner);
		name.setServiceName("CCF Infrastructure");

		assertThat(findings(Rule.SPN_SYNTAX_INVALID)).extracting(Finding::target, Finding::feature).containsExactly(
				tuple(serviceClass, SERVICE_PRINCIPAL_NAME__SERVICE_CLASS), tuple(host, SERVICE_PRINCIPAL_NAME__HOST),
				tuple(port, SERVICE_PRINCIPAL_NAME__PORT), tuple(name, SERVICE_PRINCIPAL_NAME__SERVICE_NAME));
	}

	@Test
	void anSpnForAnIpAddressIsWellFormed() {
		fabrikam.register("HTTP", "10.0.0.10", fabrikam.addAccount("WEBADMIN"));

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	// Paths

	@Test
	void siteNamesAndVirtualPathsHoldNoMetacharacters() {
		WebServer iis = fabrikam.iis();
		iis.setSite("Default Web Site & more");
		ServiceInstallation customer = fabrikam.installation("Customer");
		customer.setVirtualPath("Customer;calc");

		assertThat(findings(Rule.PATH_INVALID)).extracting(Finding::target, Finding::feature).containsExactly(
				tuple(iis, WEB_SERVER__SITE), tuple(customer, SERVICE_INSTALLATION__VIRTUAL_PATH));
		assertThat(findings(Rule.PATH_INVALID)).extracting(Finding::message).satisfiesExactly(
				m -> assertThat(m).contains("web server CCFIIS holds '&'", "Use the site's name as IIS Manager shows it"),
				m -> assertThat(m).contains("'Customer;calc' on web server CCFIIS", "Use the application's path"));
	}

	@Test
	void theLocalCopyOfAConfigFileIsAPathToo() {
		var file = RuleScenarios.agentConfig(fabrikam);
		file.setLocalCopy("configs/Agent?.config");

		assertThat(findings(Rule.PATH_INVALID)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(file);
			assertThat(f.feature()).isSameAs(CONFIG_FILE__LOCAL_COPY);
		});
	}

	@Test
	void aSqlServerWithANamedInstanceIsFine() {
		SqlServer sql = fabrikam.sql();
		sql.setInstance("CCF");
		sql.setFqdn("ccfsql.fabrikam.com");

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}
}
