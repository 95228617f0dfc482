/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unknown options and verbs: one line on stderr that names them and points to --help, exit code 2. */
class UnknownArgumentsTest {

	@ParameterizedTest
	@ValueSource(strings = { "--nosuch", "-x", "--", "-", "--HELP", "--version=1" })
	void unknownOptionIsOneLineNamingIt(String option) {
		CcfwRun run = ccfw(option, "describe");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).containsExactly(
				"ccfw: unknown option '" + option + "'. Run 'ccfw --help' for the options.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nosuch", "Describe", "describe2", "check", "" })
	void unknownVerbIsOneLineNamingIt(String verb) {
		CcfwRun run = ccfw(verb, "--sample");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).containsExactly(
				"ccfw: unknown verb '" + verb + "'. Run 'ccfw --help' for the verbs.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--nosuch", "nosuch" })
	void noStackTrace(String argument) {
		CcfwRun run = ccfw(argument);

		assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").contains("'" + argument + "'");
	}
}
