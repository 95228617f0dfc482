/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code ccfw describe --sample}: the KB 969803 deployment before the remediation. */
class DescribeSampleTest {

	private static final CcfwRun RUN = ccfw("describe", "--sample");

	/** The summary's paragraphs: the deployment, the SPNs, the endpoint URLs, the IIS locations. */
	private static List<String> section(int index) {
		return RUN.out().split("\n\n")[index].lines().toList();
	}

	/** The lines of a section after its heading. */
	private static List<String> entries(int index) {
		List<String> lines = section(index);
		return lines.subList(1, lines.size());
	}

	@Test
	void succeedsWithTheSummaryOnStdoutOnly() {
		assertThat(RUN.code()).isZero();
		assertThat(RUN.err()).isEmpty();
		assertThat(RUN.out().split("\n\n")).hasSize(4);
	}

	@Test
	void namesTheServerThePoolAndTheAliasWithoutItsCname() {
		assertThat(section(0)).first().asString().startsWith("Deployment Fabrikam: KB 969803");
		assertThat(section(0)).contains("  Domain FABRIKAM (fabrikam.com), controllers: DC01",
				"  Web server CCFIIS (ccfiis.fabrikam.com), Windows Server 2008, IIS 7.0, kernel-mode authentication",
				"    pool CcfPool as FABRIKAM\\ASPUSER: 12 CCF services",
				"  Alias CCFIISAlias (ccfiisalias.fabrikam.com) -> CCFIIS, CNAME missing",
				"  SQL Server CCFSQL: CCFInfrastructure");
		assertThat(section(0)).filteredOn(line -> line.startsWith("  Clients ")).hasSize(2);
	}

	@Test
	void listsTheTwoMissingSpnsOnThePoolAccount() {
		assertThat(section(1)).containsExactly("Required SPNs (2 missing):",
				"  host/CCFIISAlias on FABRIKAM\\ASPUSER  [missing]",
				"  host/ccfiisalias.fabrikam.com on FABRIKAM\\ASPUSER  [missing]");
	}

	@Test
	void listsTheFourEndpointUrlsThatNameTheRealServer() {
		assertThat(section(2)).first().isEqualTo("Endpoint URLs that name the real server (4):");
		assertThat(entries(2)).hasSize(4).allSatisfy(line -> assertThat(line).matches("  http://(CCFIIS|ccfiis\\.fabrikam\\.com)/\\S+  in .+"))
				.anySatisfy(line -> assertThat(line).startsWith(
						"  http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc  in ")
						.endsWith("AgentDesktop.exe.config"))
				.anySatisfy(line -> assertThat(line).startsWith(
						"  http://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx  in "))
				.anySatisfy(line -> assertThat(line).startsWith(
						"  http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx  in ")
						.endsWith("Mmc.exe.config"))
				.anySatisfy(line -> assertThat(line).startsWith(
						"  http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx  in ")
						.endsWith("Web.config"));
	}

	@Test
	void listsTheTwelveIisLocationsThatNeedUseAppPoolCredentials() {
		assertThat(section(3)).first().isEqualTo("IIS locations that need useAppPoolCredentials=\"true\" (12):");
		assertThat(entries(3)).hasSize(12).allSatisfy(line -> assertThat(line).startsWith("  CCFIIS: Default Web Site/"))
				.contains("  CCFIIS: Default Web Site/Microsoft.Ccf.Csr.WebServices.AgentCredentials",
						"  CCFIIS: Default Web Site/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService")
				.doesNotHaveDuplicates();
	}
}
