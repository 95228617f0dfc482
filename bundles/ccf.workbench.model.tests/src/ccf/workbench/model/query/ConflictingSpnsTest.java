/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServicePrincipalName;

/** host/ and HTTP/ SPNs of the alias that sit on a principal which must not own them. */
class ConflictingSpnsTest {

	private final Fabrikam fabrikam = new Fabrikam();
	private final ServiceAccount webAdmin = fabrikam.addAccount("WEBADMIN");

	@Test
	void noneInTheBeforeState() {
		assertThat(fabrikam.deployment.conflictingSpns()).isEmpty();
	}

	@Test
	void noneAfterTheArticlesSetspnCommands() {
		fabrikam.registerAliasSpns();

		assertThat(fabrikam.deployment.conflictingSpns()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "host, CCFIISAlias", "HOST, ccfiisalias.fabrikam.com", "HTTP, CCFIISAlias",
			"http, CCFIISALIAS.FABRIKAM.COM.", "Http, ccfiisalias." })
	void aliasSpnOnAnotherAccountConflicts(String serviceClass, String host) {
		ServicePrincipalName elsewhere = fabrikam.register(serviceClass, host, webAdmin);

		assertThat(fabrikam.deployment.conflictingSpns()).containsExactly(elsewhere);
	}

	@Test
	void httpSpnOnAnotherAccountHijacksTheAliasEvenWhenHostSpnsAreRight() {
		fabrikam.registerAliasSpns();
		ServicePrincipalName hijack = fabrikam.register("HTTP", "ccfiisalias.fabrikam.com", webAdmin);

		assertThat(fabrikam.deployment.missingSpns()).isEmpty();
		assertThat(fabrikam.deployment.conflictingSpns()).containsExactly(hijack);
	}

	@Test
	void aliasSpnOnTheComputerConflictsWhenThePoolRunsAsADomainAccount() {
		ServicePrincipalName onComputer = fabrikam.register("host", "CCFIISAlias", fabrikam.iis());

		assertThat(fabrikam.deployment.conflictingSpns()).containsExactly(onComputer);
	}

	@Test
	void httpSpnOfTheAliasOnTheAppPoolAccountIsFine() {
		fabrikam.register("HTTP", "CCFIISAlias", fabrikam.aspUser());
		fabrikam.register("HTTP", "ccfiisalias.fabrikam.com", fabrikam.aspUser());

		assertThat(fabrikam.deployment.conflictingSpns()).isEmpty();
	}

	@Test
	void otherServiceClassesAndOtherHostsDoNotConflict() {
		fabrikam.register("MSSQLSvc", "ccfiisalias.fabrikam.com", webAdmin);
		fabrikam.register("host", "ccfweb02", webAdmin);
		fabrikam.register("HTTP", "ccfiisalias.contoso.com", webAdmin);
		fabrikam.register("host", "CCFIIS", fabrikam.iis());

		assertThat(fabrikam.deployment.conflictingSpns()).isEmpty();
	}

	@Test
	void reportsConflictsInRegistrationOrder() {
		ServicePrincipalName first = fabrikam.register("host", "CCFIISAlias", webAdmin);
		ServicePrincipalName second = fabrikam.register("HTTP", "ccfiisalias.fabrikam.com", webAdmin);

		assertThat(fabrikam.deployment.conflictingSpns()).containsExactly(first, second);
	}
}
