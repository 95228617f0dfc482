/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccfw describe FILE}: a deployment saved as EMF XMI. */
class DescribeFileTest {

	@TempDir
	Path dir;

	@Test
	void theSavedSampleReadsBackAsTheBuiltInOne() throws IOException {
		Path file = new SavedDeployments().saveTo(dir.resolve("fabrikam.deployment"));

		CcfwRun run = ccfw("describe", file.toString());

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEqualTo(ccfw("describe", "--sample").out());
	}

	@Test
	void theFileReferencesTheCatalogueInsteadOfCopyingIt() throws IOException {
		Path file = new SavedDeployments().saveTo(dir.resolve("fabrikam.deployment"));

		assertThat(Files.readString(file)).contains("ccf-catalog:/ccf2009.catalog#").doesNotContain("CcfServiceCatalog");
	}

	@Test
	void theRemediatedDeploymentHasNothingLeftToDo() throws IOException {
		Path file = new SavedDeployments().remediate().saveTo(dir.resolve("fabrikam-after.deployment"));

		CcfwRun run = ccfw("describe", file.toString());

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out().lines()).contains(
				"  Alias CCFIISAlias (ccfiisalias.fabrikam.com) -> CCFIIS, CNAME -> ccfiis.fabrikam.com",
				"    pool CcfPool as FABRIKAM\\ASPUSER: 12 CCF services",
				"Required SPNs (0 missing):",
				"  host/CCFIISAlias on FABRIKAM\\ASPUSER  [registered]",
				"  host/ccfiisalias.fabrikam.com on FABRIKAM\\ASPUSER  [registered]",
				"Endpoint URLs that name the real server (0):",
				"IIS locations that need useAppPoolCredentials=\"true\" (0):");
		assertThat(run.out()).doesNotContain("[missing]").doesNotContain("[conflict").doesNotContain("CCFIIS: Default Web Site/")
				.doesNotContain("http://CCFIIS/").doesNotContain("http://ccfiis.fabrikam.com/");
		assertThat(run.out()).endsWith("IIS locations that need useAppPoolCredentials=\"true\" (0):\n");
	}

	@Test
	void anIncompleteDeploymentIsStillDescribed() throws IOException {
		// What an editor may save half-way: nameless elements, a pool without identity, an SPN without owner.
		Path file = Files.writeString(dir.resolve("draft.deployment"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Draft">
				  <domains/>
				  <webServers name="CCFIIS" iisVersion="7.0" kernelModeAuthentication="true">
				    <appPools name="CcfPool"/>
				    <services pool="//@webServers.0/@appPools.0"/>
				  </webServers>
				  <aliases name="CCFIISAlias" targets="//@webServers.0"/>
				  <aliases/>
				  <clientGroups><configFile/></clientGroups>
				  <sqlServers><databases/></sqlServers>
				  <spns serviceClass="host" host="CCFIISAlias"/>
				</deployment:Deployment>
				""");

		CcfwRun run = ccfw("describe", file.toString());

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).startsWith("Deployment Draft\n").contains("  Alias CCFIISAlias (")
				.contains("  host/CCFIISAlias on no owner  [conflict: wrong owner]");
	}

	@Test
	void aRelativePathIsReadFromTheWorkingDirectory() throws IOException {
		Path file = new SavedDeployments().saveTo(dir.resolve("relative.deployment"));
		Path relative = Path.of("").toAbsolutePath().relativize(file);

		CcfwRun run = ccfw("describe", relative.toString());

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).startsWith("Deployment Fabrikam");
	}
}
