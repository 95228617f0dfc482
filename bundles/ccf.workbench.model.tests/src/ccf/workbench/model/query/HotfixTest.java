/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.WebServer;

/** Matching installed hotfixes by Knowledge Base number, with or without "KB". */
class HotfixTest {

	private final WebServer iis = new Fabrikam().iis();

	@ParameterizedTest
	@ValueSource(strings = { "KB962943", "962943", "kb962943", " KB962943 ", "Kb962943" })
	void matchesTheNumberWithOrWithoutKb(String kb) {
		iis.getInstalledHotfixes().add("KB962943");

		assertThat(iis.hasHotfix(kb)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "KB962943", "962943" })
	void matchesAnInstalledNumberWrittenWithoutKb(String kb) {
		iis.getInstalledHotfixes().add("962943");

		assertThat(iis.hasHotfix(kb)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "KB", "KB962944", "96294", "KB9629430", "962943-x" })
	void doesNotMatchOtherOrEmptyNumbers(String kb) {
		iis.getInstalledHotfixes().addAll(List.of("KB962943", "KB"));

		assertThat(iis.hasHotfix(kb)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "KB962943", "962943" })
	void serverWithoutHotfixesHasNone(String kb) {
		assertThat(iis.hasHotfix(kb)).isFalse();
	}
}
