/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ccfw --help}, {@code ccfw help VERB}, {@code ccfw VERB --help} and {@code ccfw} alone. */
class HelpTest {

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void helpPrintsTheOverviewWithTheVerbsToStdout(String option) {
		CcfwRun run = ccfw(option);

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).startsWith("Usage: ccfw VERB [OPTIONS] [ARGS]\n").contains("KB 969803")
				.contains("Verbs:\n  validate   " + ValidateVerb.SUMMARY + "\n  generate   " + GenerateVerb.SUMMARY
						+ "\n  import     " + ImportVerb.SUMMARY + "\n  plan       " + PlanVerb.SUMMARY + "\n  rewrite    "
						+ RewriteVerb.SUMMARY + "\n  describe   "
						+ DescribeVerb.SUMMARY + "\n  verify     " + VerifyVerb.SUMMARY + "\n").contains("-h, --help")
				.contains("-V, --version").contains("Exit codes: 0 success, 1 errors found, 2 wrong usage");
		assertThat(run.out()).isEqualTo(Ccfw.overview());
	}

	@Test
	void noArgumentsPrintsTheOverviewToStderrAsWrongUsage() {
		CcfwRun run = ccfw();

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).isEqualTo(Ccfw.overview()).contains("describe");
	}

	@Test
	void helpOfAVerbPrintsItsUsage() {
		CcfwRun run = ccfw("help", "describe");

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEqualTo(new DescribeVerb().usage()).startsWith("Usage: ccfw describe --sample\n")
				.contains("ccfw describe FILE.ccf | FILE.deployment").contains("--sample").contains("useAppPoolCredentials");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h" })
	void verbHelpOptionPrintsItsUsage(String option) {
		CcfwRun run = ccfw("describe", option);

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEqualTo(new DescribeVerb().usage());
	}

	@Test
	void verbHelpOptionWinsOverOtherArguments() {
		CcfwRun run = ccfw("describe", "no-such-file.deployment", "--help");

		assertThat(run.code()).isZero();
		assertThat(run.out()).isEqualTo(new DescribeVerb().usage());
		assertThat(run.err()).isEmpty();
	}

	@Test
	void helpOfAnUnknownVerbIsWrongUsage() {
		CcfwRun run = ccfw("help", "nosuch");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).singleElement().asString().contains("'nosuch'").contains("ccfw --help");
	}
}
