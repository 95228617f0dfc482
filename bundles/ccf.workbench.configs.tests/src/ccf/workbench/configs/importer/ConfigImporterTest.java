/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ccf.workbench.configs.Fixtures;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.EndpointKind;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.IdentityKind;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.model.validation.Finding;
import ccf.workbench.model.validation.Rule;
import ccf.workbench.model.validation.Severity;

class ConfigImporterTest {

	@TempDir
	Path temp;

	private Path installation;

	@BeforeEach
	void copyFixtures() throws IOException {
		installation = Fixtures.copy("ccf", temp.resolve("fabrikam"));
	}

	private ImportResult importInstallation(List<Path> inputs) {
		return ConfigImporter.run(new ImportRequest("Fabrikam", "CCFIIS", "ccfiis.fabrikam.com", "CCFIISAlias", "FABRIKAM",
				"fabrikam.com", "FABRIKAM\\ASPUSER", inputs, installation, null), new ResourceSetImpl());
	}

	@Test
	void anImportTellsOfEachFileAndStopsWhenCancelled() {
		ImportRequest request = new ImportRequest("Fabrikam", "CCFIIS", "ccfiis.fabrikam.com", "CCFIISAlias", "FABRIKAM",
				"fabrikam.com", "FABRIKAM\\ASPUSER", List.of(installation), installation, null);
		List<Path> read = new ArrayList<>();
		ImportProgress cancelAfterTwo = new ImportProgress() {
			@Override
			public void reading(Path file, int index, int count) {
				assertThat(index).isEqualTo(read.size()).isLessThan(count);
				read.add(file);
			}

			@Override
			public boolean isCancelled() {
				return read.size() == 2;
			}
		};

		assertThatThrownBy(() -> ConfigImporter.run(request, new ResourceSetImpl(), cancelAfterTwo))
				.isInstanceOf(CancellationException.class);
		assertThat(read).hasSize(2);
	}

	@Test
	void theWholeInstallationBecomesOneDeployment() {
		ImportResult result = importInstallation(List.of(installation));

		Deployment deployment = result.deployment();
		WebServer server = deployment.getWebServers().get(0);
		assertThat(server.getServices()).hasSize(12);
		assertThat(server.getAppPools()).singleElement().satisfies(pool -> {
			assertThat(pool.getName()).isEqualTo("CcfPool");
			assertThat(pool.getIdentityType()).isEqualTo(AppPoolIdentityType.SPECIFIC_USER);
			assertThat(pool.getIdentity().qualifiedAccountName()).isEqualTo("FABRIKAM\\ASPUSER");
		});
		assertThat(server.isKernelModeAuthentication()).isTrue();
		assertThat(server.getApplicationHostConfig().getLocalCopy()).isEqualTo("server/applicationHost.config");
		assertThat(server.getServices().stream().filter(s -> s.getWebConfig() != null))
				.extracting(s -> s.getService().getName())
				.containsExactly("AgentCredentials", "ContactCenter", "ConfigurationService");
		ServiceInstallation contactCenter = server.getServices().get(3);
		assertThat(contactCenter.getUseAppPoolCredentials()).isTrue();
		assertThat(contactCenter.getWebConfig().getPath())
				.isEqualTo("C:\\Inetpub\\wwwroot\\Microsoft.Ccf.Csr.WebServices.ContactCenter\\Web.config");
		assertThat(deployment.getClientGroups()).extracting(ClientGroup::getName).containsExactly("AdminConsoles",
				"AgentDesktops");
		assertThat(deployment.getAliases().get(0).getTargets()).containsExactly(server);
		assertThat(deployment.getSpns()).hasSize(2);
	}

	@Test
	void everyEndpointIsRecordedWithItsPlace() {
		ClientGroup agents = importInstallation(List.of(installation)).deployment().getClientGroups().get(1);

		List<EndpointReference> endpoints = agents.getConfigFile().getEndpoints();
		assertThat(endpoints.stream().filter(e -> e.getKind() == EndpointKind.CLIENT_ENDPOINT)).hasSize(19);
		assertThat(endpoints.stream().filter(e -> "".equals(e.getUrl()))).hasSize(11);
		EndpointReference legacy = endpoints.stream().filter(e -> e.getIdentity() != null).findFirst().orElseThrow();
		assertThat(legacy.getIdentity().getKind()).isEqualTo(IdentityKind.SPN);
		assertThat(legacy.getLine()).isEqualTo(39);
		assertThat(agents.getConfigFile().getLocalCopy()).isEqualTo("client/AgentDesktop/AgentDesktop.exe.config");
	}

	@Test
	void theArticlesProblemsAreFound() {
		Deployment deployment = importInstallation(List.of(installation)).deployment();

		List<Finding> findings = DeploymentRules.check(deployment);
		assertThat(findings).extracting(Finding::rule).contains(Rule.ENDPOINT_NAMES_REAL_SERVER, Rule.SPN_MISSING,
				Rule.ALIAS_CNAME_MISSING, Rule.APP_POOL_CREDENTIALS_MISSING, Rule.ENDPOINT_IDENTITY_CONTRADICTS);
		assertThat(findings).noneMatch(Finding::blocksGeneration);
		assertThat(findings.stream().filter(f -> f.rule() == Rule.APP_POOL_CREDENTIALS_MISSING)).hasSize(11);
	}

	@Test
	void filesThatAreNotCcfsAreReportedNotModelled() {
		ImportResult result = importInstallation(List.of(installation));

		assertThat(result.files()).filteredOn(f -> f.role() == ConfigRole.UNRECOGNIZED).singleElement()
				.extracting(ImportedFile::name).asString().endsWith("Reports/Web.config");
		assertThat(result.problems()).extracting(ConfigProblem::message)
				.anySatisfy(m -> assertThat(m).contains("http://CCFIIS/ReportServer", "not a CCF configuration"));
		assertThat(result.files()).noneMatch(f -> f.name().endsWith("client.config") || f.name().endsWith("mmc.user.config"));
	}

	@Test
	void withoutApplicationHostThePoolRunsAsTheAccountGiven() {
		Deployment deployment = importInstallation(List.of(installation.resolve("server/inetpub"),
				installation.resolve("client"))).deployment();

		WebServer server = deployment.getWebServers().get(0);
		assertThat(server.getServices()).hasSize(3);
		assertThat(server.getAppPools()).singleElement().extracting(p -> p.getIdentity().getName()).isEqualTo("ASPUSER");
		assertThat(server.getServices().get(0).getUseAppPoolCredentials()).isNull();
	}

	@Test
	void aWebConfigNamedAfterItsServiceIsRecognisedAnywhere() throws IOException {
		Path flat = Files.createDirectories(temp.resolve("flat"));
		Files.copy(installation.resolve("server/inetpub/wwwroot/Microsoft.Ccf.Csr.WebServices.ContactCenter/Web.config"),
				flat.resolve("Microsoft.Ccf.Csr.WebServices.ContactCenter.Web.config"));
		Files.copy(installation.resolve("server/inetpub/wwwroot/Microsoft.Ccf.Csr.WebServices.AgentCredentials/Web.config"),
				flat.resolve("AgentCredentials-Web.config"));

		ImportResult result = importInstallation(List.of(flat));

		assertThat(result.deployment().getWebServers().get(0).getServices()).extracting(s -> s.getService().getName())
				.containsExactly("AgentCredentials", "ContactCenter");
	}

	@Test
	void malformedFilesAreReportedAndSkipped() throws IOException {
		Files.writeString(installation.resolve("client/AgentDesktop/AgentDesktop.exe.config"), "<configuration>\n<oops>\n");

		ImportResult result = importInstallation(List.of(installation));

		assertThat(result.problems()).filteredOn(p -> p.severity() == Severity.ERROR).singleElement()
				.satisfies(p -> assertThat(p.toString()).contains("AgentDesktop.exe.config:3:1: error:"));
		assertThat(result.deployment().getClientGroups()).hasSize(1);
	}

	@Test
	void optionsThatCannotBeModelNamesAreRefused() {
		assertThatThrownBy(() -> ConfigImporter.run(new ImportRequest("D", "1SERVER", "s.x.com", "A", "X", "x.com",
				"X\\u", List.of(), temp, null), new ResourceSetImpl())).hasMessageContaining("--server 1SERVER");
		assertThatThrownBy(() -> ConfigImporter.run(new ImportRequest("D", "S", "s.x.com", "A", "X", "x.com",
				"OTHER\\u", List.of(), temp, null), new ResourceSetImpl())).hasMessageContaining("not in the domain X");
	}

	@Test
	void namesTheLanguageCannotHoldAreMadeSafe() {
		assertThat(ConfigImporter.sanitize("CCF App Pool")).isEqualTo("CCF_App_Pool");
		assertThat(ConfigImporter.sanitize("2008pool")).isEqualTo("_2008pool");
		assertThat(ConfigImporter.sanitize("svc.ccf$")).isEqualTo("svc_ccf_");
	}
}
