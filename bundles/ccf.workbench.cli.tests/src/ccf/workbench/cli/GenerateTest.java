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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccfw generate}: the remediation of a .ccf file into a folder, its refusals and exit codes. */
class GenerateTest {

	@TempDir
	Path dir;

	private static Path example(String name) {
		return Path.of(System.getProperty("ccf.examples", "../../examples")).resolve(name);
	}

	private List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
		}
	}

	@Test
	void theArticlesDeploymentIsGeneratedAlthoughItHasTheFindingsItFixes() throws IOException {
		Path out = dir.resolve("out");

		CcfwRun run = ccfw("generate", example("kb969803-fabrikam.ccf").toString(), "-o", out.toString());

		assertThat(run.err()).isEmpty();
		assertThat(run.code()).isZero();
		assertThat(run.out()).contains("21 findings of KB 969803 describe the state the remediation fixes")
				.contains("Generated 46 files in " + out + " (46 written, 0 unchanged, 0 removed)").contains("runbook.html");
		assertThat(files(out)).contains("MANIFEST.sha256", "plan.json", "runbook.md", "01-dns-FABRIKAM/remediate.cmd",
				"02-domain-FABRIKAM/remediate.ps1", "samba/remediate.sh", "04-sql-CCFSQL/CCFInfrastructure-2-update.sql").hasSize(47);

		CcfwRun again = ccfw("generate", example("kb969803-fabrikam.ccf").toString(), "-o", out.toString());

		assertThat(again.code()).isZero();
		assertThat(again.out()).contains("(0 written, 46 unchanged, 0 removed)");
	}

	@Test
	void oneDialectOnly() throws IOException {
		Path out = dir.resolve("out");

		CcfwRun run = ccfw("generate", example("kb969803-fabrikam.ccf").toString(), "--dialect", "samba", "--output", out.toString());

		assertThat(run.code()).isZero();
		assertThat(files(out)).anyMatch(f -> f.endsWith(".sh")).noneMatch(f -> f.endsWith(".ps1") || f.endsWith(".cmd"));
	}

	@Test
	void errorsThatLeaveNoCorrectPlanStopItAndForceOverridesThem() throws IOException {
		String text = Files.readString(example("kb969803-fabrikam.ccf")).replace("hosts AGENT01, AGENT02", "hosts AGENT01, AGENT01");
		Path model = Files.writeString(dir.resolve("duplicate.ccf"), text);
		Path out = dir.resolve("out");

		CcfwRun run = ccfw("generate", model.toString(), "-o", out.toString());

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.errLines()).hasSize(2);
		assertThat(run.errLines().get(0)).startsWith(model + ":").contains("error: Client host AGENT01").endsWith("[duplicate-name]");
		assertThat(run.errLines().get(1)).isEqualTo("ccfw generate: 1 error leave no correct plan; nothing was generated. Fix it, or run with --force.");
		assertThat(out).doesNotExist();

		CcfwRun forced = ccfw("generate", model.toString(), "-o", out.toString(), "--force");

		assertThat(forced.code()).isZero();
		assertThat(out.resolve("runbook.md")).exists();
	}

	@Test
	void syntaxErrorsStopItEvenWithForce() throws IOException {
		Path model = Files.writeString(dir.resolve("broken.ccf"), "deployment Broken {\n\tserver CCFIIS iis 7.0\n\talias {\n}\n");

		CcfwRun run = ccfw("generate", model.toString(), "-o", dir.resolve("out").toString(), "--force");

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err()).contains("[syntax]").contains("nothing was generated. Fix");
		assertThat(dir.resolve("out")).doesNotExist();
	}

	@Test
	void aFileItDidNotWriteIsNeverOverwritten() throws IOException {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("plan.json"), "{}");

		CcfwRun run = ccfw("generate", example("kb969803-fabrikam.ccf").toString(), "-o", out.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("ccfw generate: " + out + " holds 1 file that ccfw generate did not write").contains("plan.json")
				.contains("Nothing was written");
		assertThat(files(out)).containsExactly("plan.json");
	}

	@Test
	void wrongUsage() {
		assertThat(ccfw("generate").code()).isEqualTo(2);
		assertThat(ccfw("generate", example("kb969803-fabrikam.ccf").toString()).errLines())
				.containsExactly("ccfw generate: expected the output folder (-o DIR). Run 'ccfw generate --help'.");
		assertThat(ccfw("generate", example("kb969803-fabrikam.ccf").toString(), "-o", dir.toString(), "--dialect", "vbscript").errLines())
				.containsExactly("ccfw generate: unknown dialect 'vbscript' (powershell, cmd, samba). Run 'ccfw generate --help'.");
		assertThat(ccfw("generate", dir.resolve("missing.ccf").toString(), "-o", dir.toString()).code()).isEqualTo(2);
		assertThat(ccfw("help", "generate").out()).startsWith("Usage: ccfw generate MODEL.ccf -o DIR");
	}
}
