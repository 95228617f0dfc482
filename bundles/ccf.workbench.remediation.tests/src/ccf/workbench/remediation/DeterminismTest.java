/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The same model gives the same bytes; each kind of file has the line ends and encoding its reader expects. */
class DeterminismTest {

	@Test
	void twoModelsBuiltAlikeGiveTheSameBytes() throws GenerationException {
		List<Artifact> first = Deployments.generate(Deployments.sample());
		List<Artifact> second = Deployments.generate(Deployments.sample());

		assertThat(second).containsExactlyElementsOf(first);
		assertThat(first).extracting(Artifact::path).isSorted();
	}

	@Test
	void theTextAndTheSampleGiveTheSameScripts() throws GenerationException {
		List<Artifact> fromText = Deployments.generate(Deployments.load(Deployments.example("kb969803-fabrikam.ccf")));
		List<Artifact> fromCode = Deployments.generate(Deployments.sample());

		assertThat(fromText).containsExactlyElementsOf(fromCode);
	}

	@Test
	void windowsFilesHaveCrlfAndUnixFilesLf() throws GenerationException {
		for (Artifact artifact : Deployments.generate(Deployments.sample())) {
			String path = artifact.path();
			byte[] bytes = artifact.content();
			if (path.endsWith(".reg")) {
				assertThat(bytes).as(path).startsWith(0xFF, 0xFE);
				String text = new String(bytes, StandardCharsets.UTF_16LE).substring(1);
				assertThat(text).as(path).startsWith("Windows Registry Editor Version 5.00\r\n");
				assertCrlf(path, text);
			} else if (path.endsWith(".ps1") || path.endsWith(".sql")) {
				assertThat(bytes).as(path).startsWith(0xEF, 0xBB, 0xBF);
				assertCrlf(path, artifact.text());
			} else if (path.endsWith(".cmd")) {
				assertThat(artifact.text()).as(path).matches("[\\x20-\\x7e\\r\\n]*");
				assertCrlf(path, artifact.text());
			} else if (path.endsWith(".xml") || path.endsWith(".xdt")) {
				assertThat(artifact.text()).as(path).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n");
				assertCrlf(path, artifact.text());
			} else {
				assertThat(artifact.text()).as(path).doesNotContain("\r").doesNotStartWith("\uFEFF");
			}
		}
	}

	private static void assertCrlf(String path, String text) {
		assertThat(text.replace("\r\n", "")).as(path + ": every line ends with CRLF").doesNotContain("\n").doesNotContain("\r");
		assertThat(text).as(path).endsWith("\r\n");
	}

	@Test
	void noArtifactHoldsATimeOrTheMachine() throws GenerationException {
		for (Artifact artifact : Deployments.generate(Deployments.sample())) {
			assertThat(artifact.text()).as(artifact.path()).doesNotContainPattern("20[0-9]{2}-[0-9]{2}-[0-9]{2}")
					.doesNotContain(System.getProperty("java.io.tmpdir"));
		}
	}
}
