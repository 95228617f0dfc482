/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;

/** Which principals must own the alias's SPNs: the pools' domain accounts, or the computer of a built-in pool. */
class SpnOwnersTest {

	private final Fabrikam fabrikam = new Fabrikam();

	@Test
	void theAppPoolAccountOwnsThemOnceForAllTwelveServices() {
		assertThat(fabrikam.iis().getServices()).hasSize(12);
		assertThat(fabrikam.alias().spnOwners()).containsExactly(fabrikam.aspUser());
	}

	@ParameterizedTest
	@EnumSource(value = AppPoolIdentityType.class, mode = Mode.EXCLUDE, names = "SPECIFIC_USER")
	void aBuiltInPoolIdentityMakesTheComputerTheOwner(AppPoolIdentityType identityType) {
		fabrikam.pool().setIdentityType(identityType);

		assertThat(fabrikam.alias().spnOwners()).containsExactly(fabrikam.iis());
		assertThat(fabrikam.deployment.requiredSpns()).extracting(ServicePrincipalName::getOwner)
				.containsOnly(fabrikam.iis());
	}

	@Test
	void withABuiltInIdentityTheComputerMustHoldTheAliasSpnsAndTheAccountMustNot() {
		fabrikam.pool().setIdentityType(AppPoolIdentityType.APPLICATION_POOL_IDENTITY);
		ServicePrincipalName onAccount = fabrikam.register("host", "CCFIISAlias", fabrikam.aspUser());
		fabrikam.register("host", "CCFIISAlias", fabrikam.iis());
		fabrikam.register("host", "ccfiisalias.fabrikam.com", fabrikam.iis());

		assertThat(fabrikam.deployment.missingSpns()).isEmpty();
		assertThat(fabrikam.deployment.conflictingSpns()).containsExactly(onAccount);
	}

	@Test
	void serverWithoutServicesOwnsNothing() {
		fabrikam.iis().getServices().clear();

		assertThat(fabrikam.alias().spnOwners()).isEmpty();
		assertThat(fabrikam.deployment.requiredSpns()).isEmpty();
	}

	@Test
	void poolsThatRunNoCcfServiceDoNotCount() {
		var idle = Fabrikam.F.createAppPool();
		idle.setName("DefaultAppPool");
		idle.setIdentityType(AppPoolIdentityType.APPLICATION_POOL_IDENTITY);
		fabrikam.iis().getAppPools().add(idle);

		assertThat(fabrikam.alias().spnOwners()).containsExactly(fabrikam.aspUser());
	}

	@Test
	void twoServersBehindOneAliasWithTheSameAccountShareOneOwner() {
		WebServer web02 = fabrikam.addWebServer("CCFIIS2", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(),
				"AgentCredentials", "ContactCenter");
		fabrikam.alias().getTargets().add(web02);

		assertThat(fabrikam.alias().spnOwners()).containsExactly(fabrikam.aspUser());
		assertThat(fabrikam.deployment.requiredSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/CCFIISAlias", "host/ccfiisalias.fabrikam.com");

		fabrikam.registerAliasSpns();
		assertThat(fabrikam.deployment.missingSpns()).isEmpty();
		assertThat(fabrikam.deployment.conflictingSpns()).isEmpty();
	}

	@Test
	void aServerNotBehindTheAliasAddsNoOwner() {
		fabrikam.addWebServer("CCFIIS2", AppPoolIdentityType.NETWORK_SERVICE, null, "Customer");

		assertThat(fabrikam.alias().spnOwners()).containsExactly(fabrikam.aspUser());
	}
}
