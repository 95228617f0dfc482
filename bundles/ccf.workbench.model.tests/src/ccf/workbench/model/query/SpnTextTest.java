/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.ServicePrincipalName;

/** The text of an SPN, serviceclass/host[:port][/name], and comparing SPNs as the directory does. */
class SpnTextTest {

	private static ServicePrincipalName spn(String serviceClass, String host, Integer port, String serviceName) {
		ServicePrincipalName spn = Fabrikam.F.createServicePrincipalName();
		spn.setServiceClass(serviceClass);
		spn.setHost(host);
		spn.setPort(port);
		spn.setServiceName(serviceName);
		return spn;
	}

	@Test
	void classAndHost() {
		assertThat(spn("host", "CCFIISAlias", null, null).text()).isEqualTo("host/CCFIISAlias");
	}

	@Test
	void classHostAndPort() {
		assertThat(spn("MSSQLSvc", "ccfsql.fabrikam.com", 1433, null).text()).isEqualTo("MSSQLSvc/ccfsql.fabrikam.com:1433");
	}

	@Test
	void classHostAndServiceName() {
		assertThat(spn("ldap", "dc01.fabrikam.com", null, "fabrikam.com").text())
				.isEqualTo("ldap/dc01.fabrikam.com/fabrikam.com");
	}

	@Test
	void classHostPortAndServiceName() {
		assertThat(spn("HTTP", "ccfiisalias.fabrikam.com", 8080, "CcfServices").text())
				.isEqualTo("HTTP/ccfiisalias.fabrikam.com:8080/CcfServices");
	}

	@Test
	void blankServiceNameIsLeftOut() {
		assertThat(spn("host", "CCFIISAlias", null, " ").text()).isEqualTo("host/CCFIISAlias");
	}

	@Test
	void sameNameIgnoresCase() {
		assertThat(spn("host", "CCFIISAlias", null, null).sameName(spn("HOST", "ccfiisalias", null, null))).isTrue();
		assertThat(spn("HTTP", "a", 80, "X").sameName(spn("http", "A", 80, "x"))).isTrue();
	}

	@Test
	void sameNameDistinguishesClassHostPortAndServiceName() {
		ServicePrincipalName hostAlias = spn("host", "CCFIISAlias", null, null);

		assertThat(hostAlias.sameName(spn("HTTP", "CCFIISAlias", null, null))).isFalse();
		assertThat(hostAlias.sameName(spn("host", "ccfiisalias.fabrikam.com", null, null))).isFalse();
		assertThat(hostAlias.sameName(spn("host", "CCFIISAlias", 80, null))).isFalse();
		assertThat(hostAlias.sameName(spn("host", "CCFIISAlias", null, "x"))).isFalse();
		assertThat(hostAlias.sameName(null)).isFalse();
	}
}
