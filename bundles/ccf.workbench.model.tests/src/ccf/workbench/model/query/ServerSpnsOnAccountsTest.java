/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ccf.workbench.model.deployment.ServicePrincipalName;

/** host/ and HTTP/ SPNs of a real web server registered on a user account instead of the computer. */
class ServerSpnsOnAccountsTest {

	private final Fabrikam fabrikam = new Fabrikam();

	@Test
	void noneInTheBeforeStateWhereTheComputerOwnsThem() {
		assertThat(fabrikam.deployment.serverSpnsOnAccounts()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "host, CCFIIS", "HOST, ccfiis.fabrikam.com", "HTTP, ccfiis", "http, CCFIIS.FABRIKAM.COM." })
	void serverSpnOnTheAppPoolAccountIsReported(String serviceClass, String host) {
		ServicePrincipalName wrong = fabrikam.register(serviceClass, host, fabrikam.aspUser());

		assertThat(fabrikam.deployment.serverSpnsOnAccounts()).containsExactly(wrong);
	}

	@Test
	void aliasSpnsOnTheAppPoolAccountAreNotReported() {
		fabrikam.registerAliasSpns();
		fabrikam.register("HTTP", "CCFIISAlias", fabrikam.aspUser());

		assertThat(fabrikam.deployment.serverSpnsOnAccounts()).isEmpty();
	}

	@Test
	void otherServiceClassesAndNonWebServersAreNotReported() {
		fabrikam.register("MSSQLSvc", "ccfiis.fabrikam.com", fabrikam.aspUser());
		fabrikam.register("host", "CCFSQL", fabrikam.aspUser());
		fabrikam.register("host", "DC01", fabrikam.aspUser());

		assertThat(fabrikam.deployment.serverSpnsOnAccounts()).isEmpty();
	}
}
