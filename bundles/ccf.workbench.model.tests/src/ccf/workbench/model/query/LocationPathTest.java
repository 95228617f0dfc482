/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.ServiceInstallation;

/** The location path of a CCF service in applicationHost.config. */
class LocationPathTest {

	private final Fabrikam fabrikam = new Fabrikam();
	private final ServiceInstallation agentCredentials = fabrikam.installation("AgentCredentials");

	@Test
	void isTheDefaultSiteAndTheServicesVirtualPathAsInTheArticle() {
		assertThat(agentCredentials.locationPath())
				.isEqualTo("Default Web Site/Microsoft.Ccf.Csr.WebServices.AgentCredentials");
	}

	@Test
	void usesTheServersSite() {
		fabrikam.iis().setSite("CCF");

		assertThat(agentCredentials.locationPath()).isEqualTo("CCF/Microsoft.Ccf.Csr.WebServices.AgentCredentials");
	}

	@Test
	void blankSiteMeansTheDefaultWebSite() {
		fabrikam.iis().setSite(" ");

		assertThat(agentCredentials.locationPath())
				.isEqualTo("Default Web Site/Microsoft.Ccf.Csr.WebServices.AgentCredentials");
	}

	@Test
	void virtualPathOverrideReplacesTheDefaultWithoutItsSlashes() {
		agentCredentials.setVirtualPath("/ccf/AgentCredentials/");

		assertThat(agentCredentials.effectiveVirtualPath()).isEqualTo("ccf/AgentCredentials");
		assertThat(agentCredentials.locationPath()).isEqualTo("Default Web Site/ccf/AgentCredentials");
	}

	@Test
	void blankVirtualPathOverrideMeansTheDefault() {
		agentCredentials.setVirtualPath("  ");

		assertThat(agentCredentials.effectiveVirtualPath()).isEqualTo("Microsoft.Ccf.Csr.WebServices.AgentCredentials");
	}

	@Test
	void everyServiceOfTheSampleHasItsOwnLocation() {
		assertThat(fabrikam.iis().getServices()).extracting(ServiceInstallation::locationPath)
				.doesNotHaveDuplicates()
				.allSatisfy(path -> assertThat(path).startsWith("Default Web Site/Microsoft.Ccf."))
				.contains("Default Web Site/Microsoft.Ccf.ConfigManagementDataService",
						"Default Web Site/Microsoft.Ccf.Csr.WebServices.ContactCenter.AgentLoginManager");
	}
}
