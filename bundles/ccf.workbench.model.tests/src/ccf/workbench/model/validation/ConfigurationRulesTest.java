/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ClientKind;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.EndpointKind;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.IdentityKind;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.deployment.WindowsVersion;
import ccf.workbench.model.query.Fabrikam;

/** IIS settings, endpoint URLs and identities, and the Local Intranet zone, beyond {@link EveryRuleTest}. */
class ConfigurationRulesTest {

	private final Fabrikam fabrikam = Remediation.fixed();

	private List<Finding> findings(Rule rule) {
		return Remediation.check(fabrikam).stream().filter(f -> f.rule() == rule).toList();
	}

	private EndpointReference addToMmcConfig(String url) {
		return RuleScenarios.addToMmcConfig(fabrikam, url);
	}

	// Endpoint URLs

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"http://CCFIIS/x.svc | CCFIIS | CCFIISAlias | http://CCFIISAlias/x.svc",
			"http://ccfiis/x.svc | ccfiis | CCFIISAlias | http://CCFIISAlias/x.svc",
			"HTTP://ccfiis.fabrikam.com/x.asmx?wsdl | ccfiis.fabrikam.com | ccfiisalias.fabrikam.com | HTTP://ccfiisalias.fabrikam.com/x.asmx?wsdl",
			"https://CCFIIS.FABRIKAM.COM.:8443/x.svc | CCFIIS.FABRIKAM.COM. | ccfiisalias.fabrikam.com | https://ccfiisalias.fabrikam.com:8443/x.svc",
			"net.tcp://CCFIIS:808/Microsoft.Ccf.Csr.WebServices.ContactCenter | CCFIIS | CCFIISAlias | net.tcp://CCFIISAlias:808/Microsoft.Ccf.Csr.WebServices.ContactCenter",
			"http://FABRIKAM%5Caspuser@CcfIis/x | CcfIis | CCFIISAlias | http://FABRIKAM%5Caspuser@CCFIISAlias/x",
			"http://ccfiis/x.svc#http://ccfiis/ | ccfiis | CCFIISAlias | http://CCFIISAlias/x.svc#http://ccfiis/" })
	void urlsNamingTheServerMoveToTheAliasKeepingEverythingElse(String url, String oldHost, String newHost, String rewritten) {
		EndpointReference endpoint = addToMmcConfig(url);

		assertThat(findings(Rule.ENDPOINT_NAMES_REAL_SERVER)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(endpoint);
			assertThat(f.fixData()).containsExactly(oldHost, newHost, rewritten);
			assertThat(f.message()).contains("host/" + oldHost, "Change its host to " + newHost);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://CCFIISAlias/x.svc", "http://ccfiisalias.fabrikam.com/x.svc", "http://ccfsql/ReportServer",
			"http://dc01.fabrikam.com/x", "http://ccfiis2/x", "http://ccfiis.contoso.com/x", "http://10.0.0.10/x" })
	void urlsNamingTheAliasOrOtherHostsAreFine(String url) {
		addToMmcConfig(url);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void databaseValuesNamingTheServerAreReported() {
		Database infrastructure = fabrikam.sql().getDatabases().get(0);
		EndpointReference value = Fabrikam.F.createEndpointReference();
		value.setUrl("http://ccfiis/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc");
		value.setKind(EndpointKind.DATABASE_VALUE);
		infrastructure.getEndpoints().add(value);

		assertThat(findings(Rule.ENDPOINT_NAMES_REAL_SERVER)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(value);
			assertThat(f.message()).contains("in database CCFInfrastructure");
		});
	}

	@Test
	void urlsOfAServerBehindNoAliasHaveNowhereToMoveButTheServerIsReported() {
		WebServer web02 = fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(), "Customer");
		web02.getServices().forEach(s -> s.setUseAppPoolCredentials(Boolean.TRUE));
		addToMmcConfig("http://CCFWEB02/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc");

		assertThat(Remediation.check(fabrikam)).extracting(Finding::rule).containsExactly(Rule.NO_ALIAS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc", "CCFIIS", "ccfiis/x.svc", " ",
			"http:/ccfiis/x", "http://:80/x", "http://ccfiis:99999/x", "{ConfigurationServiceUrl}" })
	void textsThatAreNoAbsoluteUrlAreWarnedAbout(String url) {
		EndpointReference endpoint = addToMmcConfig(url);

		assertThat(Remediation.check(fabrikam)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.ENDPOINT_URL_UNPARSABLE);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.target()).isSameAs(endpoint);
		});
	}

	@ParameterizedTest
	@NullAndEmptySource
	void emptyAddressesFilledInAtRunTimeAreFine(String url) {
		addToMmcConfig(url);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	// Endpoint identities

	@ParameterizedTest
	@CsvSource({ "SPN, host/ccfiisalias.fabrikam.com", "SPN, HTTP/CCFIISAlias", "SPN, host/ccfiisalias.fabrikam.com.",
			"DNS, ccfiisalias.fabrikam.com", "DNS, CCFIISALIAS", "UPN, ASPUSER@fabrikam.com", "UPN, aspuser@FABRIKAM.COM" })
	void identitiesThatMatchTheAliasAndItsAccountAreFine(IdentityKind kind, String value) {
		RuleScenarios.identity(RuleScenarios.agentConfig(fabrikam).getEndpoints().get(0), kind, value);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "SPN | host/CCFIIS | use host/ccfiisalias.fabrikam.com or remove the identity",
			"SPN | HTTP/ccfiis.fabrikam.com | use host/ccfiisalias.fabrikam.com or remove the identity",
			"SPN | ccfiisalias | use host/ccfiisalias.fabrikam.com or remove the identity",
			"DNS | ccfiis.fabrikam.com | use ccfiisalias.fabrikam.com or remove the identity",
			"UPN | WEBADMIN@fabrikam.com | use ASPUSER@fabrikam.com or remove the identity",
			"UPN | CCFIIS$@fabrikam.com | use ASPUSER@fabrikam.com or remove the identity" })
	void identitiesThatContradictTheAliasOrItsAccountAreReported(IdentityKind kind, String value, String advice) {
		var identity = RuleScenarios.identity(RuleScenarios.agentConfig(fabrikam).getEndpoints().get(0), kind, value);

		assertThat(Remediation.check(fabrikam)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.ENDPOINT_IDENTITY_CONTRADICTS);
			assertThat(f.target()).isSameAs(identity);
			assertThat(f.message()).contains("'" + value + "'", advice);
		});
	}

	@Test
	void theUpnAdviceFallsBackToTheAccountNameInTheDomain() {
		fabrikam.aspUser().setUserPrincipalName(null);
		RuleScenarios.identity(RuleScenarios.agentConfig(fabrikam).getEndpoints().get(0), IdentityKind.UPN, "x@fabrikam.com");

		assertThat(findings(Rule.ENDPOINT_IDENTITY_CONTRADICTS)).singleElement()
				.satisfies(f -> assertThat(f.message()).contains("use aspuser@fabrikam.com"));
	}

	@Test
	void anIdentityOnAUrlNamingTheServerIsCheckedAgainstItsAlias() {
		EndpointReference endpoint = addToMmcConfig("http://CCFIIS/x.svc");
		RuleScenarios.identity(endpoint, IdentityKind.SPN, "host/CCFIIS");

		assertThat(Remediation.check(fabrikam)).extracting(Finding::rule).containsExactly(Rule.ENDPOINT_NAMES_REAL_SERVER,
				Rule.ENDPOINT_IDENTITY_CONTRADICTS);
	}

	@Test
	void identitiesOfOtherServicesAreNotJudged() {
		EndpointReference endpoint = addToMmcConfig("http://ccfsql/ReportServer");
		RuleScenarios.identity(endpoint, IdentityKind.SPN, "HTTP/ccfsql.fabrikam.com");

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	// useAppPoolCredentials

	@Test
	void anExplicitFalseIsAsMissingAsNone() {
		ServiceInstallation gateway = fabrikam.installation("Gateway");
		gateway.setUseAppPoolCredentials(Boolean.FALSE);

		assertThat(Remediation.check(fabrikam)).extracting(Finding::rule, Finding::target)
				.containsExactly(tuple(Rule.APP_POOL_CREDENTIALS_MISSING, gateway));
	}

	@Test
	void kernelModeOnALocationOfAServerWithoutItCounts() {
		fabrikam.iis().setKernelModeAuthentication(false);
		ServiceInstallation gateway = fabrikam.installation("Gateway");
		gateway.setUseAppPoolCredentials(null);
		gateway.setUseKernelMode(Boolean.TRUE);
		fabrikam.installation("Customer").setUseAppPoolCredentials(null);

		assertThat(findings(Rule.APP_POOL_CREDENTIALS_MISSING)).extracting(Finding::target).containsExactly(gateway);
	}

	@ParameterizedTest
	@EnumSource(value = AppPoolIdentityType.class, names = "SPECIFIC_USER", mode = EnumSource.Mode.EXCLUDE)
	void poolsRunningAsABuiltInIdentityNeedNoAppPoolCredentials(AppPoolIdentityType type) {
		fabrikam.pool().setIdentityType(type);
		fabrikam.pool().setIdentity(null);
		fabrikam.iis().getServices().forEach(s -> s.setUseAppPoolCredentials(null));

		assertThat(findings(Rule.APP_POOL_CREDENTIALS_MISSING)).isEmpty();
	}

	@Test
	void iis6HasNoKernelModeToConfigure() {
		fabrikam.iis().setIisVersion(IisVersion.IIS6);
		fabrikam.iis().setWindowsVersion(WindowsVersion.SERVER_2003);
		fabrikam.iis().setKernelModeAuthentication(false);
		fabrikam.iis().getServices().forEach(s -> {
			s.setUseAppPoolCredentials(null);
			s.setUseKernelMode(Boolean.TRUE);
		});

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	// KB 962943

	@ParameterizedTest
	@ValueSource(strings = { "KB962943", "962943", "kb962943" })
	void theHotfixIsRecognisedWithOrWithoutKb(String kb) {
		fabrikam.iis().getInstalledHotfixes().set(0, kb);

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@Test
	void theHotfixWarningOnlyConcernsIis70OnServer2008() {
		fabrikam.iis().getInstalledHotfixes().clear();

		fabrikam.iis().setIisVersion(IisVersion.IIS75);
		fabrikam.iis().setWindowsVersion(WindowsVersion.SERVER_2008_R2);
		assertThat(findings(Rule.IIS70_HOTFIX_962943)).isEmpty();

		fabrikam.iis().setIisVersion(IisVersion.IIS7);
		fabrikam.iis().setWindowsVersion(WindowsVersion.SERVER_2008);
		assertThat(findings(Rule.IIS70_HOTFIX_962943)).hasSize(1);
	}

	@Test
	void theHotfixIsNotNeededWithoutKernelModeOrWithoutADomainAccount() {
		fabrikam.iis().getInstalledHotfixes().clear();
		fabrikam.iis().setKernelModeAuthentication(false);
		assertThat(findings(Rule.IIS70_HOTFIX_962943)).isEmpty();

		fabrikam.iis().setKernelModeAuthentication(true);
		fabrikam.pool().setIdentityType(AppPoolIdentityType.NETWORK_SERVICE);
		fabrikam.pool().setIdentity(null);
		assertThat(findings(Rule.IIS70_HOTFIX_962943)).isEmpty();
	}

	@Test
	void theHotfixWarningIsGivenOncePerServer() {
		fabrikam.iis().getInstalledHotfixes().clear();

		assertThat(findings(Rule.IIS70_HOTFIX_962943)).singleElement()
				.satisfies(f -> assertThat(f.message()).contains("IIS 7.0 on Windows Server 2008", "KB 962943"));
	}

	// Local Intranet zone

	@ParameterizedTest
	@ValueSource(strings = { "http://ccfiisalias.fabrikam.com", "HTTP://CCFIISALIAS.FABRIKAM.COM/", "ccfiisalias.fabrikam.com",
			"*.fabrikam.com", "http://*.fabrikam.com", " http://ccfiisalias.fabrikam.com// " })
	void siteEntriesThatCoverTheAliasFqdn(String site) {
		fabrikam.deployment.getClientGroups().forEach(g -> g.getLocalIntranetSites().set(0, site));

		assertThat(Remediation.check(fabrikam)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://ccfiisalias", "http://ccfiis.fabrikam.com", "*.contoso.com", "http://ccfiisalias.fabrikam.com.evil.com",
			"*.ccfiisalias.fabrikam.com" })
	void siteEntriesThatDoNotCoverTheAliasFqdn(String site) {
		fabrikam.deployment.getClientGroups().forEach(g -> g.getLocalIntranetSites().set(0, site));

		assertThat(Remediation.check(fabrikam)).hasSize(2).allMatch(f -> f.rule() == Rule.ALIAS_NOT_IN_INTRANET_ZONE)
				.extracting(Finding::target).containsExactlyElementsOf(fabrikam.deployment.getClientGroups());
	}

	@Test
	void aGroupWithoutConfigFileMustTrustEveryAlias() {
		ClientGroup kiosks = Fabrikam.F.createClientGroup();
		kiosks.setName("Kiosks");
		kiosks.setKind(ClientKind.AGENT_DESKTOP);
		kiosks.getHosts().add("KIOSK01");
		fabrikam.deployment.getClientGroups().add(kiosks);

		assertThat(findings(Rule.ALIAS_NOT_IN_INTRANET_ZONE)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(kiosks);
			assertThat(f.fixData()).containsExactly("http://ccfiisalias.fabrikam.com");
		});
	}

	@Test
	void aGroupMustTrustOnlyTheAliasesItsConfigCalls() {
		WebServer web02 = fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(), "Customer");
		web02.getServices().forEach(s -> s.setUseAppPoolCredentials(Boolean.TRUE));
		var alias2 = Fabrikam.F.createAlias();
		alias2.setName("CCFWEBAlias");
		alias2.getTargets().add(web02);
		fabrikam.deployment.getAliases().add(alias2);
		fabrikam.addRecord("ccfwebalias", DnsRecordType.CNAME, "ccfweb02.fabrikam.com");
		fabrikam.register("host", "CCFWEBAlias", fabrikam.aspUser());
		fabrikam.register("host", "ccfwebalias.fabrikam.com", fabrikam.aspUser());
		addToMmcConfig("http://CCFWEBAlias/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc");

		assertThat(Remediation.check(fabrikam)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.ALIAS_NOT_IN_INTRANET_ZONE);
			assertThat(f.target()).isSameAs(fabrikam.deployment.getClientGroups().get(1));
			assertThat(f.fixData()).containsExactly("http://ccfwebalias.fabrikam.com");
		});
	}

	@Test
	void anAliasWithoutDnsSuffixIsAlreadyIntranet() {
		fabrikam.iis().setDomain(null);
		fabrikam.deployment.getClientGroups().forEach(g -> g.getLocalIntranetSites().clear());

		assertThat(findings(Rule.ALIAS_NOT_IN_INTRANET_ZONE)).isEmpty();
	}

	// Pools

	@Test
	void aPoolOfAnotherServerIsReportedOnTheInstallation() {
		WebServer web02 = fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser());
		ServiceInstallation gateway = fabrikam.installation("Gateway");
		gateway.setPool(web02.getAppPools().get(0));

		assertThat(findings(Rule.POOL_ON_OTHER_SERVER)).singleElement().satisfies(f -> {
			assertThat(f.target()).isSameAs(gateway);
			assertThat(f.message()).contains("Microsoft.Ccf.WebServices.Gateway on CCFIIS runs in pool CcfPool of another server, CCFWEB02");
		});
	}

	@Test
	void aSpecificUserPoolWithoutAccountIsReportedEvenWhenUnused() {
		var spare = RuleScenarios.addPool(fabrikam.iis(), "Spare", AppPoolIdentityType.SPECIFIC_USER, null);
		var builtIn = RuleScenarios.addPool(fabrikam.iis(), "BuiltIn", AppPoolIdentityType.LOCAL_SYSTEM, null);

		assertThat(findings(Rule.POOL_IDENTITY_MISSING)).extracting(Finding::target).containsExactly(spare).doesNotContain(builtIn);
	}

	@Test
	void kernelModeOnIis6IsAWarningThatChangesNothing() {
		fabrikam.iis().setIisVersion(IisVersion.IIS6);
		fabrikam.iis().setWindowsVersion(WindowsVersion.SERVER_2003);

		assertThat(Remediation.check(fabrikam)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(Rule.KERNEL_MODE_ON_IIS6);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.blocksGeneration()).isFalse();
		});
	}
}
