/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.ServiceAccount;

/** sAMAccountNames and DOMAIN\\user names of computers and service accounts. */
class AccountNamesTest {

	private final Fabrikam fabrikam = new Fabrikam();

	@Test
	void computersAreNamedWithADollarSign() {
		assertThat(fabrikam.iis().samAccountName()).isEqualTo("CCFIIS$");
		assertThat(fabrikam.sql().samAccountName()).isEqualTo("CCFSQL$");
		assertThat(fabrikam.domain().getControllers().get(0).samAccountName()).isEqualTo("DC01$");
	}

	@Test
	void accountsAreNamedByTheirModelNameWithoutDollarSign() {
		assertThat(fabrikam.aspUser().samAccountName()).isEqualTo("ASPUSER");
	}

	@Test
	void accountNameOverridesTheModelName() {
		ServiceAccount account = fabrikam.addAccount("CCF app pool");
		account.setAccountName("ccfapppool");

		assertThat(account.samAccountName()).isEqualTo("ccfapppool");
		assertThat(account.qualifiedAccountName()).isEqualTo("FABRIKAM\\ccfapppool");
	}

	@Test
	void blankAccountNameDoesNotOverride() {
		fabrikam.aspUser().setAccountName(" ");

		assertThat(fabrikam.aspUser().samAccountName()).isEqualTo("ASPUSER");
	}

	@Test
	void qualifiedNameIsTheDomainsNetbiosNameAndTheSamAccountName() {
		assertThat(fabrikam.aspUser().qualifiedAccountName()).isEqualTo("FABRIKAM\\ASPUSER");
		assertThat(fabrikam.iis().qualifiedAccountName()).isEqualTo("FABRIKAM\\CCFIIS$");
	}

	@Test
	void qualifiedNameWithoutDomainOrDomainNameIsTheSamAccountNameAlone() {
		ServiceAccount account = fabrikam.addAccount("ASPUSER2");
		account.setDomain(null);
		assertThat(account.qualifiedAccountName()).isEqualTo("ASPUSER2");

		account.setDomain(fabrikam.domain());
		fabrikam.domain().setName("");
		assertThat(account.qualifiedAccountName()).isEqualTo("ASPUSER2");
	}
}
