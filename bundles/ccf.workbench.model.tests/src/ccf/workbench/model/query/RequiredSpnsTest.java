/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SpnStatus;

/** The SPNs the article's setspn commands register, and which of them are still missing. */
class RequiredSpnsTest {

	private final Fabrikam fabrikam = new Fabrikam();

	@Test
	void sampleRequiresHostSpnsForAliasAndAliasFqdnOnTheAppPoolAccount() {
		assertThat(fabrikam.deployment.requiredSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/CCFIISAlias", "host/ccfiisalias.fabrikam.com");
		assertThat(fabrikam.deployment.requiredSpns()).allSatisfy(spn -> {
			assertThat(spn.getOwner()).isSameAs(fabrikam.aspUser());
			assertThat(spn.getServiceClass()).isEqualTo("host");
			assertThat(spn.getStatus()).isEqualTo(SpnStatus.REQUIRED);
			assertThat(spn.getPort()).isNull();
		});
	}

	@Test
	void requiredSpnsAreNotAddedToTheDeployment() {
		fabrikam.deployment.requiredSpns();

		assertThat(fabrikam.deployment.getSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/CCFIIS", "host/ccfiis.fabrikam.com");
	}

	@Test
	void aliasNamedByItsFqdnRequiresOneSpn() {
		fabrikam.alias().setName("ccfiisalias.fabrikam.com");

		assertThat(fabrikam.deployment.requiredSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/ccfiisalias.fabrikam.com");
	}

	@Test
	void explicitAliasFqdnIsUsed() {
		fabrikam.alias().setFqdn("CCFIISAlias.corp.fabrikam.com.");

		assertThat(fabrikam.deployment.requiredSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/CCFIISAlias", "host/CCFIISAlias.corp.fabrikam.com");
	}

	@Test
	void withoutAliasNothingIsRequired() {
		fabrikam.deployment.getAliases().clear();

		assertThat(fabrikam.deployment.requiredSpns()).isEmpty();
		assertThat(fabrikam.deployment.missingSpns()).isEmpty();
	}

	@Test
	void bothAreMissingInTheBeforeState() {
		assertThat(fabrikam.deployment.missingSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/CCFIISAlias", "host/ccfiisalias.fabrikam.com");
	}

	@Test
	void noneIsMissingAfterTheArticlesSetspnCommands() {
		fabrikam.registerAliasSpns();

		assertThat(fabrikam.deployment.missingSpns()).isEmpty();
	}

	@Test
	void registeredSpnsMatchInAnyCase() {
		fabrikam.register("HOST", "ccfiisalias", fabrikam.aspUser());
		fabrikam.register("Host", "CCFIISALIAS.FABRIKAM.COM", fabrikam.aspUser());

		assertThat(fabrikam.deployment.missingSpns()).isEmpty();
	}

	@Test
	void onlyTheUnregisteredOneIsMissing() {
		fabrikam.register("host", "CCFIISAlias", fabrikam.aspUser());

		assertThat(fabrikam.deployment.missingSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/ccfiisalias.fabrikam.com");
	}

	@Test
	void anSpnOnAnotherAccountDoesNotCount() {
		ServiceAccount other = fabrikam.addAccount("WEBADMIN");
		fabrikam.register("host", "CCFIISAlias", other);
		fabrikam.register("host", "ccfiisalias.fabrikam.com", fabrikam.iis());

		assertThat(fabrikam.deployment.missingSpns()).hasSize(2);
	}

	@Test
	void httpClassPortOrServiceNameDoNotCountForHost() {
		fabrikam.register("HTTP", "CCFIISAlias", fabrikam.aspUser());
		fabrikam.register("host", "ccfiisalias.fabrikam.com", fabrikam.aspUser()).setPort(80);

		assertThat(fabrikam.deployment.missingSpns()).extracting(ServicePrincipalName::text)
				.containsExactly("host/CCFIISAlias", "host/ccfiisalias.fabrikam.com");
	}

	@Test
	void theServersOwnSpnsDoNotCount() {
		assertThat(fabrikam.deployment.getSpns()).allSatisfy(spn -> assertThat(spn.getOwner()).isSameAs(fabrikam.iis()));
		assertThat(fabrikam.deployment.missingSpns()).hasSize(2);
	}
}
