/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ccf.workbench.configs.Fixtures;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.model.validation.Severity;

class ConfigReaderTest {

	@TempDir
	Path temp;

	private static ConfigFileContent read(String fixture) throws ConfigSyntaxException {
		return ConfigReader.read(Fixtures.path(fixture), fixture);
	}

	private static List<UrlSite> of(ConfigFileContent content, UrlKind kind) {
		return content.sites().stream().filter(s -> s.kind() == kind).toList();
	}

	@Test
	void agentDesktopConfigHasNineteenEndpointsOfWhichElevenAreFilledAtRunTime() throws ConfigSyntaxException {
		ConfigFileContent content = read("ccf/client/AgentDesktop/AgentDesktop.exe.config");

		List<UrlSite> endpoints = of(content, UrlKind.CLIENT_ENDPOINT);
		assertThat(endpoints).hasSize(19);
		assertThat(endpoints.stream().filter(s -> s.text().isEmpty())).hasSize(11);
		assertThat(endpoints.stream().filter(s -> s.url() != null)).hasSize(8);
		assertThat(endpoints.get(0).location()).isEqualTo("/configuration/system.serviceModel/client/endpoint[1]/@address");
		assertThat(endpoints.get(0).line()).isEqualTo(36);
		assertThat(endpoints.get(0).column()).isEqualTo(23);
		assertThat(endpoints.get(5).text()).isEqualTo("net.tcp://CCFIIS:808/Microsoft.Ccf.Samples.MultichannelServer/MultichannelServer.svc");
		assertThat(endpoints.get(5).host()).isEqualTo("CCFIIS");
	}

	@Test
	void theCommentedOutEndpointIsNotRead() throws ConfigSyntaxException {
		ConfigFileContent content = read("ccf/client/AgentDesktop/AgentDesktop.exe.config");

		assertThat(content.sites()).noneMatch(s -> s.text().contains("DemoWebApplication"))
				.noneMatch(s -> s.text().contains("before the move"));
	}

	@Test
	void endpointIdentityIsRecorded() throws ConfigSyntaxException {
		UrlSite legacy = of(read("ccf/client/AgentDesktop/AgentDesktop.exe.config"), UrlKind.CLIENT_ENDPOINT).get(3);

		assertThat(legacy.identity()).isEqualTo(new EndpointIdentityElement("servicePrincipalName", "host/CCFIIS", 43, 6));
	}

	@Test
	void settingsMayHoldSeveralUrlsAndCdata() throws ConfigSyntaxException {
		ConfigFileContent content = read("ccf/client/AgentDesktop/AgentDesktop.exe.config");

		assertThat(of(content, UrlKind.APP_SETTING)).extracting(UrlSite::text).containsExactly(
				"http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
				"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.svc",
				"https://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter.AgentLoginManager/AgentLoginManager.svc",
				"http://intranet.fabrikam.com/ccf/help?server=CCFIIS&lang=en");
		assertThat(of(content, UrlKind.APP_SETTING).get(1).location())
				.isEqualTo("/configuration/appSettings/add[@key='LoginUrls']/@value");
		List<UrlSite> settings = of(content, UrlKind.APPLICATION_SETTING);
		assertThat(settings).extracting(UrlSite::text).containsExactly(
				"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx",
				"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.Customer/Customer.asmx");
		assertThat(settings.get(1).location()).isEqualTo("/configuration/applicationSettings/"
				+ "Microsoft.Ccf.Csr.AgentDesktop.Properties.Settings/setting[@name='Microsoft_Ccf_Csr_AgentDesktop_CustomerService']/value");
		assertThat(settings.get(1).column()).isEqualTo(21);
	}

	@Test
	void includedSectionsAreFollowedAndReported() throws ConfigSyntaxException {
		ConfigFileContent content = read("ccf/client/Administration/Mmc.exe.config");

		assertThat(content.parts()).extracting(ConfigPart::included).containsExactly("", "mmc.user.config",
				"config/client.config");
		assertThat(content.sites()).extracting(UrlSite::location).contains(
				"mmc.user.config!/configuration/appSettings/add[@key='LastServer']/@value",
				"config/client.config!/configuration/system.serviceModel/client/endpoint[1]/@address");
		assertThat(content.problems()).isEmpty();
	}

	@Test
	void aMissingConfigSourceIsAnErrorAndAMissingAppSettingsFileAWarning() throws IOException, ConfigSyntaxException {
		Path file = temp.resolve("app.config");
		Files.writeString(file, """
				<configuration>
				  <appSettings file="user.config"/>
				  <connectionStrings configSource="sub\\connections.config"/>
				</configuration>
				""");

		ConfigFileContent content = ConfigReader.read(file, "app.config");

		assertThat(content.problems()).extracting(ConfigProblem::severity, ConfigProblem::line, ConfigProblem::column)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 2, 22),
						org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 3, 36));
		assertThat(content.problems().get(1).message()).contains("sub\\connections.config", "missing");
	}

	@Test
	void includesMayNotLeaveTheFolder() throws IOException, ConfigSyntaxException {
		Files.writeString(temp.resolve("secret.config"), "<appSettings><add key='k' value='http://x/'/></appSettings>");
		Path folder = Files.createDirectories(temp.resolve("app"));
		Files.writeString(folder.resolve("app.config"), "<configuration><appSettings configSource='..\\secret.config'/>"
				+ "<client configSource='C:\\Windows\\client.config'/></configuration>");

		ConfigFileContent content = ConfigReader.read(folder.resolve("app.config"), "app.config");

		assertThat(content.parts()).hasSize(1);
		assertThat(content.sites()).isEmpty();
		assertThat(content.problems()).extracting(ConfigProblem::message)
				.anySatisfy(m -> assertThat(m).contains("leaves the folder"))
				.anySatisfy(m -> assertThat(m).contains("absolute path"));
	}

	@Test
	void anIncludeOfTheWrongSectionIsNotRead() throws IOException, ConfigSyntaxException {
		Files.writeString(temp.resolve("client.config"), "<services/>");
		Files.writeString(temp.resolve("app.config"), "<configuration><system.serviceModel><client configSource="
				+ "'client.config'/></system.serviceModel></configuration>");

		ConfigFileContent content = ConfigReader.read(temp.resolve("app.config"), "app.config");

		assertThat(content.problems()).singleElement().extracting(ConfigProblem::message).asString()
				.contains("<services>", "must be <client>");
	}

	@Test
	void serviceEndpointsAndBaseAddressesAreServiceUrls() throws ConfigSyntaxException {
		ConfigFileContent content = read("ccf/server/inetpub/wwwroot/Microsoft.Ccf.Csr.WebServices.ContactCenter/Web.config");

		assertThat(of(content, UrlKind.SERVICE_ENDPOINT)).extracting(UrlSite::text).containsExactly("", "mex",
				"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.ContactCenter/");
		assertThat(of(content, UrlKind.APP_SETTING)).hasSize(1);
	}

	@Test
	void urlsInCommentsAndCdataOutsideSettingsAreIgnored() throws ConfigSyntaxException {
		assertThat(read("corpus/odd/35-Web.config").sites()).isEmpty();
		assertThat(read("corpus/odd/40-app.config").sites()).extracting(UrlSite::kind)
				.containsOnly(UrlKind.APPLICATION_SETTING);
		assertThat(read("corpus/odd/40-app.config").sites()).noneMatch(s -> s.text().contains("tk3qosdev01"));
	}

	@Test
	void urlsElsewhereAreFoundButNotNamespacesSchemasCommentsOrCdata() throws IOException, ConfigSyntaxException {
		Files.writeString(temp.resolve("w.config"), """
				<configuration xmlns:x="http://CCFIIS/ns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xsi:schemaLocation="http://CCFIIS/ns http://CCFIIS/ns.xsd">
				  <system.serviceModel><behaviors><serviceBehaviors><behavior>
				    <serviceMetadata httpGetEnabled="true" httpGetUrl="http://CCFIIS/mex" />
				  </behavior></serviceBehaviors></behaviors></system.serviceModel>
				  <x:custom><x:wsdl>
				    http://ccfiis.fabrikam.com/Customer.svc?wsdl
				  </x:wsdl><x:note><![CDATA[see http://CCFIIS/help]]><!-- http://CCFIIS/old --></x:note></x:custom>
				</configuration>
				""");

		ConfigFileContent content = ConfigReader.read(temp.resolve("w.config"), "w.config");

		assertThat(content.sites()).extracting(UrlSite::kind, UrlSite::text, UrlSite::location).containsExactly(
				org.assertj.core.groups.Tuple.tuple(UrlKind.OTHER, "http://CCFIIS/mex", "/configuration/system.serviceModel/"
						+ "behaviors/serviceBehaviors/behavior/serviceMetadata[1]/@httpGetUrl"),
				org.assertj.core.groups.Tuple.tuple(UrlKind.OTHER, "http://ccfiis.fabrikam.com/Customer.svc?wsdl",
						"/configuration/custom/wsdl[1]/text()"));
		assertThat(content.sites().get(1).line()).isEqualTo(7);
		assertThat(content.sites().get(1).column()).isEqualTo(5);
	}

	@Test
	void aDefaultNamespaceDoesNotHideAnything() throws IOException, ConfigSyntaxException {
		Files.writeString(temp.resolve("a.config"), "<configuration xmlns='http://schemas.microsoft.com/.NetConfiguration/v2.0'>"
				+ "<system.serviceModel><client><endpoint address='http://S/x.svc'/></client></system.serviceModel></configuration>");

		assertThat(ConfigReader.read(temp.resolve("a.config"), "a.config").sites()).singleElement()
				.extracting(UrlSite::host).isEqualTo("S");
	}

	@Test
	void aMalformedFileIsAnErrorWithItsPosition() throws IOException {
		Path file = temp.resolve("broken.config");
		Files.write(file, "<configuration>\n  <appSettings>\n</configuration>\n".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> ConfigReader.read(file, "broken.config")).isInstanceOfSatisfying(
				ConfigSyntaxException.class, e -> assertThat(e.getMessage()).startsWith("broken.config:3:1: ")
						.contains("</configuration>", "<appSettings>", "line 2, column 3"));
	}

	@Test
	void aMissingFileIsAClearError() {
		assertThatThrownBy(() -> ConfigReader.read(temp.resolve("nope.config"), "nope.config"))
				.hasMessage("nope.config:1:1: the file does not exist");
	}
}
