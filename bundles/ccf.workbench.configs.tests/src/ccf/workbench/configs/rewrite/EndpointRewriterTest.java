/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ccf.workbench.configs.Fixtures;
import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigReader;
import ccf.workbench.configs.xml.ConfigSyntaxException;

class EndpointRewriterTest {

	/** Every host the fixtures mention, including some that only appear in comments and CDATA. */
	private static final HostMapping MAPPING = new HostMapping().map("CCFIIS", "CCFIISAlias")
			.map("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com").map("motion10", "m10alias")
			.map("omaralzabir-pc", "wcfalias").map("tk3qosdev01", "spalias")
			.map("simedarbygroup.sharepoint.com", "sp.example.com").map("www.springframework.net", "spring.example.net")
			.map("go.microsoft.com", "never.example.com");

	/** How many URLs each readable fixture has that the mapping changes. */
	private static final Map<String, Integer> EXPECTED = Map.ofEntries(Map.entry("10-App.config", 1),
			Map.entry("11-app.config", 1), Map.entry("16-Web.config", 0), Map.entry("17-Web.config", 1),
			Map.entry("31-scmApplicationHost.xdt", 0), Map.entry("35-Web.config", 0), Map.entry("40-app.config", 2),
			Map.entry("AgentDesktop.exe.config", 12), Map.entry("Mmc.exe.config", 2), Map.entry("mmc.user.config", 1),
			Map.entry("client.config", 1), Map.entry("applicationHost.config", 0), Map.entry("Web.config", -1));

	@TempDir
	Path temp;

	static Stream<Path> allFiles() {
		return Fixtures.allConfigFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("allFiles")
	void everyFixtureChangesOnlyUrlHostsAndEveryOtherByteStays(Path file) throws IOException, ConfigSyntaxException {
		ConfigFileContent content;
		try {
			content = ConfigReader.read(file, file.toString());
		} catch (ConfigSyntaxException e) {
			assertThat(file.getFileName().toString()).isIn("33-original2_missing_closing.config", "34-Bad.config");
			return;
		}
		int changed = 0;
		for (FileRewrite rewrite : EndpointRewriter.rewrite(content, MAPPING)) {
			if (!rewrite.path().equals(file)) {
				continue; // included files are checked on their own
			}
			List<String> changes = HostOnlyDifference.check(file.toString(), Files.readAllBytes(file), rewrite.result(),
					MAPPING);
			assertThat(changes).hasSize(rewrite.changes().size());
			changed += changes.size();
		}
		int expected = EXPECTED.getOrDefault(file.getFileName().toString(), -1);
		if (expected >= 0) {
			assertThat(changed).as(file.toString()).isEqualTo(expected);
		} else {
			assertThat(changed).as(file + " names CCFIIS somewhere").isPositive();
		}
	}

	@Test
	void shortNamesStayShortAndFqdnsBecomeTheAliasFqdn() throws IOException, ConfigSyntaxException {
		Path file = write("""
				<configuration>
				  <system.serviceModel><client>
				    <endpoint address="http://CCFIIS/A.svc"/>
				    <endpoint address="https://CcfIis.Fabrikam.Com:8443/B.svc?x=CCFIIS#f"/>
				    <endpoint address="net.tcp://user@ccfiis.fabrikam.com./C.svc"/>
				    <endpoint address="http://CCFIIS2/D.svc"/>
				    <endpoint address="http://xccfiis/E.svc"/>
				    <endpoint address="http://CCFIISAlias/F.svc"/>
				  </client></system.serviceModel>
				</configuration>
				""");

		FileRewrite rewrite = rewrite(file);

		assertThat(rewrite.changes()).extracting(Change::after).containsExactly("http://CCFIISAlias/A.svc",
				"https://ccfiisalias.fabrikam.com:8443/B.svc?x=CCFIIS#f",
				"net.tcp://user@ccfiisalias.fabrikam.com./C.svc");
	}

	@Test
	void hostsWrittenWithReferencesAreReplacedWhole() throws IOException, ConfigSyntaxException {
		Path file = write("<configuration><appSettings><add key='k' value='http://&#67;CFIIS/x'/></appSettings></configuration>");

		FileRewrite rewrite = rewrite(file);

		assertThat(new String(rewrite.result(), StandardCharsets.UTF_8)).contains("value='http://CCFIISAlias/x'");
	}

	@Test
	void aHostSplitByCdataIsReportedNotGuessed() throws IOException, ConfigSyntaxException {
		Path file = write("<configuration><applicationSettings><S><setting name='u'><value>http://CCF<![CDATA[IIS]]>/x"
				+ "</value></setting></S></applicationSettings></configuration>");

		FileRewrite rewrite = rewrite(file);

		assertThat(rewrite.changesFile()).isFalse();
		assertThat(rewrite.problems()).singleElement().extracting(p -> p.message()).asString().contains("split");
	}

	@Test
	void anIdentityThatStillNamesTheServerIsReported() throws ConfigSyntaxException {
		FileRewrite rewrite = rewrite(Fixtures.path("ccf/client/AgentDesktop/AgentDesktop.exe.config"));

		assertThat(rewrite.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(ccf.workbench.model.validation.Severity.WARNING);
			assertThat(problem.line()).isEqualTo(43);
			assertThat(problem.message()).contains("'host/CCFIIS'", "Write 'host/CCFIISAlias'");
		});
		assertThat(new String(rewrite.result(), StandardCharsets.UTF_8)).contains("<servicePrincipalName value=\"host/CCFIIS\" />");
	}

	@Test
	void aSecondRewriteChangesNothing() throws IOException, ConfigSyntaxException {
		Path file = Fixtures.copy("ccf/client/AgentDesktop/AgentDesktop.exe.config", temp.resolve("a.config"));
		SafeFiles.replace(file, rewrite(file).result());

		assertThat(rewrite(file).changesFile()).isFalse();
	}

	@Test
	void utf16FilesStayUtf16() throws IOException, ConfigSyntaxException {
		Path file = Fixtures.path("ccf/client/Administration/Mmc.exe.config");
		FileRewrite rewrite = EndpointRewriter.rewrite(ConfigReader.read(file, "Mmc.exe.config"), MAPPING).get(0);

		byte[] result = rewrite.result();

		assertThat(result[0]).isEqualTo((byte) 0xFF);
		assertThat(result[1]).isEqualTo((byte) 0xFE);
		assertThat(new String(result, StandardCharsets.UTF_16LE)).contains("\r\n",
				"value=\"http://CCFIISAlias/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx\"");
	}

	@Test
	void aliasesThatAreNotHostNamesAreRefused() {
		assertThatThrownBy(() -> new HostMapping().map("CCFIIS", "evil\"/><x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new HostMapping().map("CCFIIS", "a b")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDiffShowsEachChangedLine() throws IOException, ConfigSyntaxException {
		Path file = write("<configuration>\n  <appSettings>\n    <add key='a' value='http://CCFIIS/x'/>\n"
				+ "  </appSettings>\n</configuration>");

		assertThat(rewrite(file).diff("a/f", "b/f")).isEqualTo("""
				--- a/f
				+++ b/f
				@@ -1,5 +1,5 @@
				 <configuration>
				   <appSettings>
				-    <add key='a' value='http://CCFIIS/x'/>
				+    <add key='a' value='http://CCFIISAlias/x'/>
				   </appSettings>
				 </configuration>
				\\ No newline at end of file
				""");
	}

	private Path write(String text) throws IOException {
		Path file = temp.resolve("test.config");
		Files.writeString(file, text);
		return file;
	}

	private static FileRewrite rewrite(Path file) throws ConfigSyntaxException {
		return EndpointRewriter.rewrite(ConfigReader.read(file, file.getFileName().toString()), MAPPING).get(0);
	}
}
