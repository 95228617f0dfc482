/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.EndpointKind;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.net.EndpointUrl;

/** Endpoint URLs that still name a server behind the alias: the ones the remediation rewrites. */
class EndpointsNamingRealServerTest {

	private final Fabrikam fabrikam = new Fabrikam();

	private EndpointReference addToMmcConfig(String url) {
		EndpointReference endpoint = Fabrikam.F.createEndpointReference();
		endpoint.setUrl(url);
		endpoint.setKind(EndpointKind.APP_SETTING);
		fabrikam.deployment.getClientGroups().get(1).getConfigFile().getEndpoints().add(endpoint);
		return endpoint;
	}

	@Test
	void sampleHasTheNetbiosAndFqdnUrlsOfClientsAndServices() {
		assertThat(fabrikam.deployment.endpointsNamingRealServer()).extracting(EndpointReference::getUrl).containsExactly(
				"http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
				"http://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx",
				"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx",
				"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx");
	}

	@Test
	void theEmptyAddressFilledInAtRunTimeIsNeverReported() {
		EndpointReference empty = fabrikam.deployment.getClientGroups().get(0).getConfigFile().getEndpoints().get(2);

		assertThat(empty.getUrl()).isEmpty();
		assertThat(empty.host()).isNull();
		assertThat(empty.names(fabrikam.iis())).isFalse();
		assertThat(fabrikam.deployment.endpointsNamingRealServer()).doesNotContain(empty);
	}

	@Test
	void endpointHostIsTheUrlsHostAsWritten() {
		assertThat(addToMmcConfig("net.tcp://CCFIIS.fabrikam.com:808/x").host()).isEqualTo("CCFIIS.fabrikam.com");
		assertThat(addToMmcConfig("/relative/Customer.svc").host()).isNull();
		assertThat(addToMmcConfig(null).host()).isNull();
	}

	@Test
	void namesOnlyTheHostInTheUrl() {
		EndpointReference endpoint = addToMmcConfig("http://ccfiis.fabrikam.com/x");

		assertThat(endpoint.names(fabrikam.iis())).isTrue();
		assertThat(endpoint.names(fabrikam.sql())).isFalse();
		assertThat(endpoint.names(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "net.tcp://CCFIIS:808/Microsoft.Ccf.Csr.WebServices.ContactCenter",
			"https://CCFIIS.FABRIKAM.COM.:443/x.svc", "HTTP://ccfiis/x?wsdl", "http://FABRIKAM%5Caspuser@CcfIis/x" })
	void anyUrlNamingTheServerIsReported(String url) {
		EndpointReference endpoint = addToMmcConfig(url);

		assertThat(fabrikam.deployment.endpointsNamingRealServer()).contains(endpoint);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://CCFIISAlias/x.svc", "http://ccfiisalias.fabrikam.com/x.svc",
			"http://ccfiisalias/x?back=http://CCFIIS/", "http://ccfsql/ReportServer", "http://ccfiis2/x",
			"http://ccfiis.contoso.com/x", "Server=CCFIIS;Database=CCFInfrastructure", "CCFIIS", "/CCFIIS/x", "" })
	void urlsNamingTheAliasOrOtherHostsAreNotReported(String url) {
		EndpointReference endpoint = addToMmcConfig(url);

		assertThat(fabrikam.deployment.endpointsNamingRealServer()).doesNotContain(endpoint).hasSize(4);
	}

	@Test
	void databaseValuesAreReportedAfterTheConfigFiles() {
		Database infrastructure = fabrikam.sql().getDatabases().get(0);
		EndpointReference value = Fabrikam.F.createEndpointReference();
		value.setUrl("http://ccfiis/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc");
		value.setKind(EndpointKind.DATABASE_VALUE);
		value.setLocation("dbo.Configuration.Value");
		infrastructure.getEndpoints().add(value);

		assertThat(fabrikam.deployment.endpointsNamingRealServer()).hasSize(5).last().isSameAs(value);
	}

	@Test
	void urlsNamingAServerThatIsBehindNoAliasAreNotReported() {
		fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(), "Customer");
		EndpointReference endpoint = addToMmcConfig("http://CCFWEB02/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc");

		assertThat(fabrikam.deployment.endpointsNamingRealServer()).doesNotContain(endpoint);

		fabrikam.alias().getTargets().add(fabrikam.deployment.getWebServers().get(1));
		assertThat(fabrikam.deployment.endpointsNamingRealServer()).contains(endpoint);
	}

	@Test
	void withoutAliasNothingIsReported() {
		fabrikam.deployment.getAliases().clear();

		assertThat(fabrikam.deployment.endpointsNamingRealServer()).isEmpty();
	}

	@Test
	void noneRemainAfterRewritingEveryUrlToTheAlias() {
		for (EndpointReference endpoint : fabrikam.deployment.endpointsNamingRealServer()) {
			EndpointUrl url = EndpointUrl.parse(endpoint.getUrl()).orElseThrow();
			boolean qualified = url.host().contains(".");
			endpoint.setUrl(url.withHost(qualified ? fabrikam.alias().effectiveFqdn() : fabrikam.alias().getName()));
		}

		assertThat(fabrikam.deployment.endpointsNamingRealServer()).isEmpty();
		assertThat(EndpointQueries.allEndpoints(fabrikam.deployment)).filteredOn(e -> e.host() != null)
				.extracting(EndpointReference::getUrl).containsExactly(
						"http://CCFIISAlias/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
						"http://ccfiisalias.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx",
						"http://CCFIISAlias/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx",
						"http://CCFIISAlias/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx");
	}
}
