/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccfw import}, {@code ccfw plan} and {@code ccfw rewrite} on a small CCF installation copied off its machines. */
class ImportPlanRewriteTest {

	private static final String AGENT_DESKTOP = """
			\uFEFF<?xml version="1.0" encoding="utf-8"?>\r
			<configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0">\r
			\t<appSettings>\r
			\t\t<!-- was http://CCFIIS/old -->\r
			\t\t<add key="ConfigurationServiceUrl" value="http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc"/>\r
			\t</appSettings>\r
			\t<system.serviceModel>\r
			\t\t<client>\r
			\t\t\t<endpoint address="http://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.svc" binding="basicHttpBinding" contract="C" name="C" />\r
			\t\t\t<endpoint address="" binding="basicHttpBinding" contract="D" name="D" />\r
			\t\t</client>\r
			\t</system.serviceModel>\r
			</configuration>\r
			""";

	private static final String APPLICATION_HOST = """
			<configuration>
			    <system.applicationHost>
			        <applicationPools>
			            <add name="CcfPool">
			                <processModel identityType="SpecificUser" userName="FABRIKAM\\ASPUSER" />
			            </add>
			        </applicationPools>
			        <sites>
			            <site name="Default Web Site" id="1">
			                <application path="/Microsoft.Ccf.Csr.WebServices.Customer" applicationPool="CcfPool">
			                    <virtualDirectory path="/" physicalPath="C:\\Inetpub\\wwwroot\\Microsoft.Ccf.Csr.WebServices.Customer" />
			                </application>
			            </site>
			        </sites>
			    </system.applicationHost>
			    <system.webServer>
			        <security>
			            <authentication>
			                <windowsAuthentication enabled="true" />
			            </authentication>
			        </security>
			    </system.webServer>
			</configuration>
			""";

	@TempDir
	Path dir;

	private Path agentDesktop;
	private Path applicationHost;

	@BeforeEach
	void copyInstallation() throws IOException {
		agentDesktop = write("configs/AgentDesktop.exe.config", AGENT_DESKTOP);
		applicationHost = write("configs/iis/applicationHost.config", APPLICATION_HOST);
	}

	private Path write(String relative, String text) throws IOException {
		Path file = dir.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
		return file;
	}

	private CcfwRun importModel() {
		return ccfw("import", "--server", "CCFIIS", "--fqdn", "ccfiis.fabrikam.com", "--alias", "CCFIISAlias", "--domain",
				"FABRIKAM", "--dns-domain", "fabrikam.com", "--account", "FABRIKAM\\ASPUSER", "--agent-desktop-path",
				"C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config", dir.resolve("configs").toString(), "-o",
				dir.resolve("fabrikam.ccf").toString());
	}

	@Test
	void importWritesAModelThatParsesAndReportsTheArticlesProblems() throws IOException {
		CcfwRun run = importModel();

		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("AgentDesktop.exe.config: Agent Desktop configuration (AgentDesktops), 2 URL(s), 2 "
				+ "naming the real server", "applicationHost.config: IIS applicationHost.config (1 CCF service(s))");
		assertThat(run.out()).contains("[endpoint-names-real-server]", "[spn-missing]", "[app-pool-credentials-missing]",
				"[alias-cname-missing]");
		String model = Files.readString(dir.resolve("fabrikam.ccf"));
		assertThat(model).contains("deployment fabrikam", "server CCFIIS in FABRIKAM fqdn \"ccfiis.fabrikam.com\" kernel-mode",
				"pool CcfPool identity ASPUSER", "service Customer in CcfPool", "alias CCFIISAlias for CCFIIS",
				"agentdesktop.exe.config \"C:\\\\Program Files\\\\Microsoft CCF\\\\AgentDesktop\\\\AgentDesktop.exe.config\" "
						+ "local-copy \"configs/AgentDesktop.exe.config\"", "endpoint client \"\"");
		CcfwRun validate = ccfw("validate", dir.resolve("fabrikam.ccf").toString());
		assertThat(validate.out()).doesNotContain("[syntax]", "[unresolved-reference]");
	}

	@Test
	void importKeepsAnExistingModelAsBackup() throws IOException {
		Files.writeString(dir.resolve("fabrikam.ccf"), "// mine");

		CcfwRun run = importModel();

		assertThat(run.out()).contains("the old file is kept as fabrikam.ccf.bak");
		assertThat(dir.resolve("fabrikam.ccf.bak")).hasContent("// mine");
	}

	@Test
	void importRefusesMissingOptions() {
		CcfwRun run = ccfw("import", "--server", "CCFIIS", dir.toString(), "-o", "x.ccf");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("--fqdn is required");
	}

	@Test
	void planPrintsDiffsAndASummaryAndLeavesTheCopiesAlone() throws IOException {
		importModel();
		byte[] before = Files.readAllBytes(agentDesktop);

		CcfwRun run = ccfw("plan", dir.resolve("fabrikam.ccf").toString());

		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("--- a/configs/AgentDesktop.exe.config\n+++ b/configs/AgentDesktop.exe.config\n",
				"+\t\t\t<endpoint address=\"http://ccfiisalias.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/",
				"+\t\t<add key=\"ConfigurationServiceUrl\" value=\"http://CCFIISAlias/",
				"+                    <windowsAuthentication enabled=\"true\" useKernelMode=\"true\" useAppPoolCredentials=\"true\" />",
				"ccfw plan: 2 file(s) to change (2 URL(s), 1 location(s)), 0 unchanged.");
		assertThat(run.out()).doesNotContain("-\t\t<!-- was");
		assertThat(Files.readAllBytes(agentDesktop)).isEqualTo(before);
	}

	@Test
	void planWritesTheRewrittenCopiesInTheSameLayout() throws IOException {
		importModel();

		CcfwRun run = ccfw("plan", dir.resolve("fabrikam.ccf").toString(), "--output", dir.resolve("out").toString());

		assertThat(run.code()).as(run.err()).isZero();
		Path rewritten = dir.resolve("out/AgentDesktop.exe.config");
		assertThat(new String(Files.readAllBytes(rewritten), StandardCharsets.UTF_8))
				.isEqualTo(AGENT_DESKTOP.replace("//CCFIIS/Microsoft", "//CCFIISAlias/Microsoft")
						.replace("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com"));
		assertThat(dir.resolve("out/iis/applicationHost.config")).content().contains("<location path=\"Default Web Site/"
				+ "Microsoft.Ccf.Csr.WebServices.Customer\">");
	}

	@Test
	void generateEmitsTheSameRewrittenCopiesAsPlan() throws IOException {
		importModel();
		ccfw("plan", dir.resolve("fabrikam.ccf").toString(), "--output", dir.resolve("planned").toString());

		CcfwRun run = ccfw("generate", dir.resolve("fabrikam.ccf").toString(), "-o", dir.resolve("remediation").toString());

		assertThat(run.code()).as(run.err()).isZero();
		assertThat(Files.readAllBytes(dir.resolve("remediation/local-copies/AgentDesktops/AgentDesktop.exe.config")))
				.isEqualTo(Files.readAllBytes(dir.resolve("planned/AgentDesktop.exe.config")));
		assertThat(Files.readAllBytes(dir.resolve("remediation/local-copies/CCFIIS/applicationHost.config")))
				.isEqualTo(Files.readAllBytes(dir.resolve("planned/iis/applicationHost.config")));
	}

	@Test
	void planRefusesAModelThatCannotBeUsed() throws IOException {
		Path model = write("broken.ccf", "deployment D { server S alias A for T }");

		CcfwRun run = ccfw("plan", model.toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err()).contains("fix them first", "[unresolved-reference]");
	}

	@Test
	void planReportsAnUnreadableLocalCopyWithItsPosition() throws IOException {
		importModel();
		Files.writeString(agentDesktop, "<configuration>\n  <appSettings>\n</configuration>\n");

		CcfwRun run = ccfw("plan", dir.resolve("fabrikam.ccf").toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out()).contains("configs/AgentDesktop.exe.config:3:1: error: the end tag </configuration>");
	}

	@Test
	void rewriteChangesFilesInPlaceWithBackupsAndOnlyOnce() throws IOException {
		byte[] original = Files.readAllBytes(agentDesktop);

		CcfwRun first = ccfw("rewrite", "--server", "CCFIIS", "--fqdn", "ccfiis.fabrikam.com", "--alias", "CCFIISAlias",
				dir.resolve("configs").toString());
		CcfwRun second = ccfw("rewrite", "--server", "CCFIIS", "--fqdn", "ccfiis.fabrikam.com", "--alias", "CCFIISAlias",
				dir.resolve("configs").toString());

		assertThat(first.code()).as(first.err()).isZero();
		assertThat(first.out()).contains("AgentDesktop.exe.config: 2 URL(s) moved to the alias; the old file is "
				+ "AgentDesktop.exe.config.bak", "ccfw rewrite: 1 of 2 file(s) changed (2 URL(s)).");
		assertThat(Files.readAllBytes(dir.resolve("configs/AgentDesktop.exe.config.bak"))).isEqualTo(original);
		assertThat(Files.readString(agentDesktop)).contains("http://ccfiisalias.fabrikam.com/", "<!-- was http://CCFIIS/old -->");
		assertThat(second.out()).contains("ccfw rewrite: 0 of 2 file(s) changed (0 URL(s)).");
		assertThat(dir.resolve("configs/AgentDesktop.exe.config.bak.1")).doesNotExist();
	}

	@Test
	void rewriteLeavesAMalformedFileAloneAndSaysWhere() throws IOException {
		Path broken = write("configs/Broken.exe.config", "<configuration><appSettings><add key='a' value='http://CCFIIS/'>"
				+ "</configuration>");

		CcfwRun run = ccfw("rewrite", "--server", "CCFIIS", "--alias", "CCFIISAlias", dir.resolve("configs").toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out()).contains("Broken.exe.config:1:65: the end tag </configuration> does not match");
		assertThat(broken).content().contains("http://CCFIIS/");
		assertThat(agentDesktop).content().contains("http://CCFIISAlias/");
	}

	@Test
	void rewriteDryRunChangesNothing() throws IOException {
		byte[] original = Files.readAllBytes(agentDesktop);

		CcfwRun run = ccfw("rewrite", "--server", "CCFIIS", "--alias", "CCFIISAlias", "--dry-run", "--diff",
				agentDesktop.toString());

		assertThat(run.out()).contains("+\t\t<add key=\"ConfigurationServiceUrl\" value=\"http://CCFIISAlias/",
				"ccfw rewrite: 1 of 1 file(s) would change (1 URL(s)).");
		assertThat(Files.readAllBytes(agentDesktop)).isEqualTo(original);
	}

	@Test
	void rewriteRefusesAnAliasThatIsNoHostName() {
		CcfwRun run = ccfw("rewrite", "--server", "CCFIIS", "--alias", "x\"><evil", applicationHost.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("is not a valid host name");
	}
}
