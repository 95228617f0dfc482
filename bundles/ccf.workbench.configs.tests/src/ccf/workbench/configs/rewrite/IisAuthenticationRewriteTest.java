/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

import ccf.workbench.configs.Fixtures;
import ccf.workbench.configs.read.ApplicationHostConfig;
import ccf.workbench.configs.read.ApplicationHostConfig.WindowsAuthentication;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.XmlDocument;
import ccf.workbench.configs.xml.XmlParser;
import ccf.workbench.model.catalog.CcfServiceCatalogs;

class IisAuthenticationRewriteTest {

	private static final List<String> CCF_LOCATIONS = CcfServiceCatalogs.createCcf2009().getServices().stream()
			.map(s -> "Default Web Site/" + s.getDefaultVirtualPath()).toList();

	private static XmlDocument parse(String fixture) throws IOException, ConfigSyntaxException {
		Path file = Fixtures.path(fixture);
		return XmlParser.parse(fixture, Files.readAllBytes(file));
	}

	private static FileRewrite rewrite(XmlDocument document) {
		return IisAuthenticationRewrite.rewrite(Path.of("applicationHost.config"), document, CCF_LOCATIONS);
	}

	@Test
	void everyCcfServiceEndsUpWithKernelModeAndAppPoolCredentials() throws Exception {
		FileRewrite rewrite = rewrite(parse("ccf/server/applicationHost.config"));

		XmlDocument result = XmlParser.parse("result", rewrite.result());
		ApplicationHostConfig config = ApplicationHostConfig.read(result);
		for (String location : CCF_LOCATIONS) {
			WindowsAuthentication authentication = config.effectiveAuthentication(location);
			assertThat(authentication.useKernelMode()).as(location).isTrue();
			assertThat(authentication.useAppPoolCredentials()).as(location).isTrue();
			assertThat(authentication.enabled()).as(location).isTrue();
		}
		assertThat(rewrite.changes()).hasSize(11); // ContactCenter's location is already right
		assertWellFormedForTheJdk(rewrite.result());
	}

	@Test
	void theRestOfTheFileStaysByteForByte() throws Exception {
		XmlDocument document = parse("ccf/server/applicationHost.config");
		FileRewrite rewrite = rewrite(document);

		List<String> before = lines(document.source().text());
		List<String> after = lines(new String(rewrite.result(), StandardCharsets.UTF_8));
		assertThat(new String(rewrite.result(), StandardCharsets.UTF_8)).doesNotContain("\n\n\n").contains("\r\n")
				.doesNotContain("\n    \n").doesNotContainPattern("[^\\r]\\n");
		// Each original line is still there, in order, unless one of the three edited elements.
		List<String> remaining = new ArrayList<>(after);
		for (String line : before) {
			if (line.contains("windowsAuthentication enabled=\"true\"") || line.endsWith("DemoWebApplication\" />")) {
				continue;
			}
			int at = remaining.indexOf(line);
			assertThat(at).as("line kept: " + line).isGreaterThanOrEqualTo(0);
			remaining = remaining.subList(at + 1, remaining.size());
		}
		assertThat(after).contains(
				"                    <windowsAuthentication enabled=\"true\" useKernelMode=\"true\" useAppPoolCredentials=\"true\">",
				"    <location path=\"Default Web Site/Microsoft.Ccf.Samples.DemoWebApplication\">",
				"    <location path=\"Default Web Site/Microsoft.Ccf.ConfigManagementDataService\">");
	}

	@Test
	void missingElementsAreCreatedInTheFilesIndentation() throws Exception {
		String result = new String(rewrite(parse("ccf/server/applicationHost.config")).result(), StandardCharsets.UTF_8);

		assertThat(result).contains("""
				    <location path='Default Web Site/Microsoft.Ccf.Csr.WebServices.AdminConsole'>\r
				        <system.webServer>\r
				            <security>\r
				                <authentication>\r
				                    <anonymousAuthentication enabled='false' />\r
				                    <windowsAuthentication enabled="true" useKernelMode="true" useAppPoolCredentials="true" />\r
				                </authentication>\r
				""");
		assertThat(result).contains("""
				            <defaultDocument enabled="true" />\r
				            <security>\r
				                <authentication>\r
				                    <windowsAuthentication enabled="true" useKernelMode="true" useAppPoolCredentials="true" />\r
				                </authentication>\r
				            </security>\r
				        </system.webServer>\r
				""");
	}

	@Test
	void locationsAreAddedAtTheEndWhenThereAreNone() throws Exception {
		XmlDocument document = parse("iis-without-ccf-locations/applicationHost.config");
		FileRewrite rewrite = rewrite(document);

		String result = new String(rewrite.result(), StandardCharsets.UTF_8);
		assertThat(rewrite.changes()).hasSize(12);
		assertThat(result).endsWith("""
				    <location path="Default Web Site/Microsoft.Ccf.ConfigManagementDataService">\r
				        <system.webServer>\r
				            <security>\r
				                <authentication>\r
				                    <windowsAuthentication enabled="true" useKernelMode="true" useAppPoolCredentials="true" />\r
				                </authentication>\r
				            </security>\r
				        </system.webServer>\r
				    </location>\r
				</configuration>\r
				""");
		assertThat(result).startsWith(document.source().text().substring(0, document.root().endTagStart()));
		assertWellFormedForTheJdk(rewrite.result());
	}

	@Test
	void aSecondRunChangesNothing() throws Exception {
		for (String fixture : List.of("ccf/server/applicationHost.config", "iis-without-ccf-locations/applicationHost.config")) {
			byte[] once = rewrite(parse(fixture)).result();

			FileRewrite again = rewrite(XmlParser.parse(fixture, once));

			assertThat(again.changesFile()).as(fixture).isFalse();
		}
	}

	@Test
	void locationPathsMatchInAnyCaseAndWithSlashes() throws Exception {
		XmlDocument document = XmlParser.parse("a", ("<configuration><location path='/default web site/App/'><system.webServer>"
				+ "<security><authentication><windowsAuthentication enabled='true'/></authentication></security>"
				+ "</system.webServer></location></configuration>").getBytes(StandardCharsets.UTF_8));

		FileRewrite rewrite = IisAuthenticationRewrite.rewrite(Path.of("a"), document, List.of("Default Web Site/App"));

		assertThat(new String(rewrite.result(), StandardCharsets.UTF_8)).contains(
				"<windowsAuthentication enabled='true' useKernelMode='true' useAppPoolCredentials='true'/>")
				.containsOnlyOnce("<location");
	}

	@Test
	void aFileOnOneLineGetsItsElementsInline() throws Exception {
		XmlDocument document = XmlParser.parse("a", "<configuration><location path='S/App'/></configuration>"
				.getBytes(StandardCharsets.UTF_8));

		String result = new String(IisAuthenticationRewrite.rewrite(Path.of("a"), document, List.of("S/App")).result(),
				StandardCharsets.UTF_8);

		assertThat(result).isEqualTo("<configuration><location path='S/App'><system.webServer><security><authentication>"
				+ "<windowsAuthentication enabled=\"true\" useKernelMode=\"true\" useAppPoolCredentials=\"true\" />"
				+ "</authentication></security></system.webServer></location></configuration>");
	}

	@Test
	void theApplicationHostIsReadWithPoolsAndInheritance() throws Exception {
		ApplicationHostConfig config = ApplicationHostConfig.read(parse("ccf/server/applicationHost.config"));

		assertThat(config.applications()).hasSize(14);
		assertThat(config.application("Default Web Site", "microsoft.ccf.csr.webservices.customer")).get()
				.extracting(ApplicationHostConfig.Application::pool, ApplicationHostConfig.Application::physicalPath)
				.containsExactly("CcfPool", "C:\\Inetpub\\wwwroot\\Microsoft.Ccf.Csr.WebServices.Customer");
		assertThat(config.pool("ccfpool")).get().extracting(ApplicationHostConfig.Pool::userName)
				.isEqualTo("FABRIKAM\\ASPUSER");
		assertThat(config.pool("DefaultAppPool")).get().extracting(ApplicationHostConfig.Pool::identityType)
				.isEqualTo("NetworkService");
		assertThat(config.effectiveAuthentication("Default Web Site/Reports"))
				.isEqualTo(new WindowsAuthentication(false, true, false));
		assertThat(config.effectiveAuthentication("Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer"))
				.isEqualTo(new WindowsAuthentication(true, true, false));
	}

	private static List<String> lines(String text) {
		return List.of(text.split("\r\n", -1));
	}

	private static void assertWellFormedForTheJdk(byte[] bytes) throws Exception {
		SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
	}
}
