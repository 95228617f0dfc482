/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.ConfigFileKind;
import ccf.workbench.model.deployment.WebServer;

/** Every configuration file of the deployment, in model order. */
class ConfigFilesTest {

	private final Fabrikam fabrikam = new Fabrikam();

	private static ConfigFile webConfig(String path) {
		ConfigFile file = Fabrikam.F.createConfigFile();
		file.setKind(ConfigFileKind.SERVICE_WEB_CONFIG);
		file.setPath(path);
		return file;
	}

	@Test
	void clientsFirstThenPerServerApplicationHostAndWebConfigs() {
		assertThat(fabrikam.deployment.configFiles()).extracting(ConfigFile::getKind).containsExactly(
				ConfigFileKind.AGENT_DESKTOP_CONFIG, ConfigFileKind.MMC_CONFIG, ConfigFileKind.APPLICATION_HOST_CONFIG,
				ConfigFileKind.SERVICE_WEB_CONFIG);
		assertThat(fabrikam.deployment.configFiles()).extracting(ConfigFile::getPath).containsExactly(
				"C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config",
				"C:\\Program Files\\Microsoft CCF\\Administration\\Mmc.exe.config",
				"C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
				"C:\\Inetpub\\wwwroot\\Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService\\Web.config");
	}

	@Test
	void webConfigsFollowTheOrderOfTheServices() {
		ConfigFile agentCredentials = webConfig("AgentCredentials\\Web.config");
		fabrikam.installation("AgentCredentials").setWebConfig(agentCredentials);

		assertThat(fabrikam.deployment.configFiles()).extracting(ConfigFile::getPath).element(3)
				.isEqualTo("AgentCredentials\\Web.config");
	}

	@Test
	void filesOfASecondServerComeAfterTheFirstServers() {
		WebServer web02 = fabrikam.addWebServer("CCFIIS2", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(), "Customer");
		ConfigFile customer = webConfig("CCFIIS2\\Customer\\Web.config");
		web02.getServices().get(0).setWebConfig(customer);

		assertThat(fabrikam.deployment.configFiles()).hasSize(5).last().isSameAs(customer);
	}

	@Test
	void missingFilesAreLeftOut() {
		fabrikam.deployment.getClientGroups().get(0).setConfigFile(null);
		fabrikam.iis().setApplicationHostConfig(null);

		assertThat(fabrikam.deployment.configFiles()).extracting(ConfigFile::getKind)
				.containsExactly(ConfigFileKind.MMC_CONFIG, ConfigFileKind.SERVICE_WEB_CONFIG);
	}

	@Test
	void resultCannotBeChanged() {
		assertThatThrownBy(() -> fabrikam.deployment.configFiles().clear()).isInstanceOf(UnsupportedOperationException.class);
	}
}
