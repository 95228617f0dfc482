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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccfw validate}: the diagnostics of .ccf files, one line each, and the exit codes. */
class ValidateTest {

	private static final Pattern LINE = Pattern
			.compile("(?<path>[^:]+):(?<line>\\d+):(?<column>\\d+): (?<severity>error|warning|info): (?<message>.+) \\[(?<code>[a-z0-9-]+)\\]");

	@TempDir
	Path dir;

	private static Path example(String name) {
		return Path.of(System.getProperty("ccf.examples", "../../examples")).resolve(name);
	}

	@Test
	void theArticlesBeforeStateHasExactlyTheFindingsTheRemediationFixes() throws IOException {
		Path file = example("kb969803-fabrikam.ccf");

		CcfwRun run = ccfw("validate", file.toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err()).isEmpty();
		Map<String, Integer> codes = new TreeMap<>();
		for (String line : run.out().lines().toList()) {
			Matcher m = LINE.matcher(line);
			assertThat(m.matches()).as(line).isTrue();
			assertThat(m.group("path")).isEqualTo(file.toString());
			codes.merge(m.group("code"), 1, Integer::sum);
		}
		assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("alias-cname-missing", 1, "spn-missing", 2,
				"app-pool-credentials-missing", 12, "iis70-hotfix-962943", 1, "endpoint-names-real-server", 4,
				"alias-not-in-intranet-zone", 2));
	}

	@Test
	void eachEndpointFindingPointsAtTheLineOfItsUrl() throws IOException {
		Path file = example("kb969803-fabrikam.ccf");
		List<String> text = Files.readAllLines(file);

		CcfwRun run = ccfw("validate", file.toString());

		List<String> endpointLines = run.out().lines().filter(l -> l.endsWith("[endpoint-names-real-server]")).toList();
		assertThat(endpointLines).hasSize(4);
		for (String line : endpointLines) {
			Matcher m = LINE.matcher(line);
			assertThat(m.matches()).isTrue();
			String url = m.group("message").split(" ")[2];
			int lineNumber = Integer.parseInt(m.group("line"));
			int column = Integer.parseInt(m.group("column"));
			assertThat(text.get(lineNumber - 1).substring(column - 1)).startsWith("\"" + url + "\"");
		}
	}

	@Test
	void theFixedDeploymentsAreClean() {
		CcfwRun run = ccfw("validate", example("kb969803-fabrikam-fixed.ccf").toString(),
				example("woodgrove-bank-nlb-farm.ccf").toString());

		assertThat(run.out()).isEmpty();
		assertThat(run.err()).isEmpty();
		assertThat(run.code()).isZero();
	}

	@Test
	void aSyntaxErrorIsReportedWithItsLineAndColumn() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.ccf"), "deployment Broken {\n\tserver CCFIIS iis 7.0\n\talias {\n}\n");

		CcfwRun run = ccfw("validate", file.toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out()).startsWith(file + ":3:8: error: ").contains("[syntax]");
	}

	@Test
	void anUnresolvedNameIsAnError() throws IOException {
		Path file = Files.writeString(dir.resolve("unresolved.ccf"), "deployment D {\n\talias WebAlias for NOSUCH\n}\n");

		CcfwRun run = ccfw("validate", file.toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out()).contains(file + ":2:21: error: ").contains("NOSUCH").contains("[unresolved-reference]");
	}

	@Test
	void aDeploymentSplitOverTwoFilesIsCheckedAsOne() throws IOException {
		Path servers = Files.writeString(dir.resolve("servers.ccf"), """
				deployment Split {
					domain CONTOSO dns "contoso.com" {
						record "ccfweb" cname "web01.contoso.com"
					}
					account CONTOSO\\ccfpool upn "ccfpool@contoso.com"
					server WEB01 in CONTOSO windows server-2008-r2 iis 7.5 kernel-mode {
						pool CcfPool identity ccfpool
						service ConfigurationService in CcfPool use-kernel-mode true use-app-pool-credentials true
					}
				}
				""");
		Path names = Files.writeString(dir.resolve("names.ccf"), """
				deployment Split {
					alias ccfweb for WEB01
					spn host/ccfweb on ccfpool
				}
				""");

		CcfwRun run = ccfw("validate", servers.toString(), names.toString());

		assertThat(run.out()).contains(names + ":2:8: error: CONTOSO\\ccfpool has no SPN host/ccfweb.contoso.com")
				.doesNotContain("host/ccfweb:").doesNotContain("unresolved-reference").doesNotContain("cname-missing");
		assertThat(run.out().lines()).hasSize(1);
		assertThat(run.code()).isEqualTo(1);
	}

	@Test
	void anUnreadableFileIsReportedAndTheOthersAreStillChecked() throws IOException {
		Path missing = dir.resolve("missing.ccf");
		Path file = Files.writeString(dir.resolve("ok.ccf"), "deployment D {\n}\n");

		CcfwRun run = ccfw("validate", missing.toString(), file.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly(missing + ": error: cannot read the file; check the path and its permissions.");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void noFileAndUnknownOptionsAreWrongUsage() {
		assertThat(ccfw("validate").code()).isEqualTo(2);
		CcfwRun run = ccfw("validate", "--strict", "x.ccf");
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.errLines()).containsExactly("ccfw validate: unknown option '--strict'. Run 'ccfw validate --help'.");
	}
}
