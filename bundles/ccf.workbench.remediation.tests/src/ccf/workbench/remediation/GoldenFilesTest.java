/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every artifact of the article's deployment ({@code examples/kb969803-fabrikam.ccf}) against its reviewed copy in
 * {@code golden/kb969803-fabrikam/}, byte for byte. After a deliberate change, regenerate the copies with
 * {@code -Dccf.golden.update=true} (see CONTRIBUTING.md), review the diff as a Windows administrator would, and
 * commit it.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = Path.of(System.getProperty("ccf.golden", "golden")).resolve("kb969803-fabrikam");

	@Test
	void theArticlesDeploymentGivesTheReviewedFiles() throws IOException, GenerationException {
		List<Artifact> artifacts = Deployments.generate(Deployments.load(Deployments.example("kb969803-fabrikam.ccf")));
		if (Boolean.getBoolean("ccf.golden.update")) {
			update(artifacts);
		}

		List<String> golden;
		try (Stream<Path> files = Files.walk(GOLDEN)) {
			golden = files.filter(Files::isRegularFile).map(f -> GOLDEN.relativize(f).toString().replace('\\', '/')).sorted().toList();
		}
		assertThat(artifacts).extracting(Artifact::path).containsExactlyElementsOf(golden);
		for (Artifact artifact : artifacts) {
			assertThat(artifact.content()).as(artifact.path()).isEqualTo(Files.readAllBytes(GOLDEN.resolve(artifact.path())));
		}
	}

	private static void update(List<Artifact> artifacts) throws IOException {
		if (Files.isDirectory(GOLDEN)) {
			try (Stream<Path> files = Files.walk(GOLDEN)) {
				for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
					Files.delete(file);
				}
			}
		}
		for (Artifact artifact : artifacts) {
			Path file = GOLDEN.resolve(artifact.path());
			Files.createDirectories(file.getParent());
			Files.write(file, artifact.content());
		}
	}
}
