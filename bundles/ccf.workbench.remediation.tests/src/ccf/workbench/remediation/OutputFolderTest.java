/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.remediation.output.Manifest;
import ccf.workbench.remediation.output.OutputConflictException;
import ccf.workbench.remediation.output.OutputFolder;

/** Writing into a folder: a manifest of every file, never overwriting a file ccfw did not write, reruns. */
class OutputFolderTest {

	@TempDir
	Path dir;

	private static Artifact file(String path, String text) {
		return new Artifact(path, text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void everyFileIsInTheManifestWithItsHash() throws Exception {
		List<Artifact> artifacts = Deployments.generate(Deployments.sample());

		OutputFolder.Report report = new OutputFolder(dir).write(artifacts);

		assertThat(report.written()).hasSize(artifacts.size());
		List<String> manifest = Files.readAllLines(dir.resolve(Manifest.FILE));
		assertThat(manifest.get(0)).startsWith("# ccfw generate");
		assertThat(manifest.subList(1, manifest.size())).hasSize(artifacts.size());
		for (Artifact artifact : artifacts) {
			assertThat(Files.readAllBytes(dir.resolve(artifact.path()))).isEqualTo(artifact.content());
			assertThat(manifest).contains(Manifest.sha256(artifact.content()) + "  " + artifact.path());
		}
		try (Stream<Path> files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).map(Path::toString)).noneMatch(f -> f.endsWith(".ccfw-tmp"));
		}
	}

	@Test
	void aSecondRunOfTheSameArtifactsChangesNothing() throws Exception {
		List<Artifact> artifacts = Deployments.generate(Deployments.sample());
		new OutputFolder(dir).write(artifacts);
		byte[] manifest = Files.readAllBytes(dir.resolve(Manifest.FILE));

		OutputFolder.Report report = new OutputFolder(dir).write(artifacts);

		assertThat(report.written()).isEmpty();
		assertThat(report.unchanged()).hasSize(artifacts.size());
		assertThat(Files.readAllBytes(dir.resolve(Manifest.FILE))).isEqualTo(manifest);
	}

	@Test
	void aFileThatWasNotGeneratedIsNeverOverwrittenAndNothingIsWritten() throws Exception {
		Files.writeString(dir.resolve("runbook.md"), "my own notes");

		assertThatThrownBy(() -> new OutputFolder(dir).write(Deployments.generate(Deployments.sample())))
				.isInstanceOf(OutputConflictException.class).hasMessageContaining("runbook.md").hasMessageContaining("Nothing was written");

		assertThat(Files.readString(dir.resolve("runbook.md"))).isEqualTo("my own notes");
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).containsExactly(dir.resolve("runbook.md"));
		}
	}

	@Test
	void otherFilesOfTheFolderAreLeftAlone() throws Exception {
		Files.writeString(dir.resolve("notes.txt"), "mine");

		new OutputFolder(dir).write(List.of(file("a.txt", "a")));

		assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
	}

	@Test
	void filesNoLongerGeneratedAreRemovedUnlessEdited() throws Exception {
		new OutputFolder(dir).write(List.of(file("a.txt", "a"), file("g/b.txt", "b"), file("g/c.txt", "c")));
		Files.writeString(dir.resolve("g/c.txt"), "edited");

		OutputFolder.Report report = new OutputFolder(dir).write(List.of(file("a.txt", "a2")));

		assertThat(report.written()).containsExactly("a.txt");
		assertThat(report.removed()).containsExactly("g/b.txt");
		assertThat(report.keptEdited()).containsExactly("g/c.txt");
		assertThat(dir.resolve("g/b.txt")).doesNotExist();
		assertThat(dir.resolve("g/c.txt")).hasContent("edited");
		assertThat(Files.readAllLines(dir.resolve(Manifest.FILE))).hasSize(2);
	}

	@Test
	void aManifestThatCcfwDidNotWriteIsAConflict() throws Exception {
		Files.writeString(dir.resolve(Manifest.FILE), "0123  a.txt\n");

		assertThatThrownBy(() -> new OutputFolder(dir).write(List.of(file("a.txt", "a")))).isInstanceOf(OutputConflictException.class)
				.hasMessageContaining(Manifest.FILE);
		assertThat(dir.resolve("a.txt")).doesNotExist();
	}

	@Test
	void aPathOutsideTheFolderIsRefused() {
		assertThatThrownBy(() -> new OutputFolder(dir).write(List.of(file("../escape.txt", "x")))).isInstanceOf(IllegalArgumentException.class);
		assertThat(dir.resolveSibling("escape.txt")).doesNotExist();
	}

	/** @return every file under the folder with its hash, by relative path */
	private Map<String, String> files() throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(file).toString(), Manifest.sha256(Files.readAllBytes(file)));
			}
		}
		return files;
	}

	/** Cancelled when half of the files are staged, or when all are and the switch is about to be committed. */
	@ParameterizedTest
	@ValueSource(doubles = { 0.5, 1.0 })
	void aCancelledWriteLeavesThePreviousSetAndNoStaging(double stagedBeforeCancel) throws Exception {
		List<Artifact> previous = Deployments.generate(Deployments.sample());
		new OutputFolder(dir).write(previous);
		Map<String, String> before = files();
		List<Artifact> next = previous.stream()
				.map(a -> new Artifact(a.path(), (new String(a.content(), StandardCharsets.ISO_8859_1) + "\n# next")
						.getBytes(StandardCharsets.ISO_8859_1)))
				.toList();
		AtomicInteger asked = new AtomicInteger();
		int cancelAt = (int) (next.size() * stagedBeforeCancel) + 1;

		assertThatThrownBy(() -> new OutputFolder(dir).write(next, () -> asked.incrementAndGet() >= cancelAt))
				.isInstanceOf(CancellationException.class);

		assertThat(asked.get()).isGreaterThanOrEqualTo(cancelAt);
		assertThat(files()).isEqualTo(before);
		assertThat(dir.resolve(".ccfw-switch")).doesNotExist();
		assertThat(new OutputFolder(dir).write(next).written()).hasSize(next.size());
	}
}
