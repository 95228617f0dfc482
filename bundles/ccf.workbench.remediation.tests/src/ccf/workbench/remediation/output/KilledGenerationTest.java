/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ccf.workbench.remediation.Artifact;

/**
 * The output folder holds the complete old set or the complete new set, however a write ends: killed with SIGKILL at
 * random moments in a forked JVM (many times), or stopped at each point of the switch by hand. A file in the folder that
 * ccfw did not write stays as it was throughout.
 */
class KilledGenerationTest {

	private static final int KILLS = 40;
	private static final String FOREIGN = "my-notes.txt";

	@TempDir
	Path dir;

	@Test
	void aWriterKilledAtRandomMomentsLeavesTheOldOrTheNewSet() throws Exception {
		Path folder = dir.resolve("out");
		new OutputFolder(folder).write(ArtifactSets.of("A"));
		Files.writeString(folder.resolve(FOREIGN), "mine");
		String current = "A";
		long started = System.nanoTime();
		long full = writeInChild(folder, "B", -1);
		current = "B";
		assertThat(holds(folder)).isEqualTo("B");
		Random random = new Random(969803);
		int oldKept = 0;
		int newComplete = 0;
		int recovered = 0;
		for (int i = 0; i < KILLS; i++) {
			String next = current.equals("A") ? "B" : "A";
			writeInChild(folder, next, (long) (random.nextDouble() * full * 1.1));
			recovered += OutputFolder.recover(folder) ? 1 : 0;
			String held = holds(folder);
			assertThat(held).as("kill %d: the folder holds a complete set", i).isIn(current, next);
			if (held.equals(next)) {
				newComplete++;
				current = next;
			} else {
				oldKept++;
			}
		}
		System.out.printf("KilledGenerationTest: %d kills of ccfw's output writer (%d files; a whole run %d ms): "
				+ "%d left the old set, %d the new one, %d needed recovery (%.1f s)%n", KILLS, ArtifactSets.FILES + 2,
				full, oldKept, newComplete, recovered, (System.nanoTime() - started) / 1e9);
		assertThat(oldKept + newComplete).isEqualTo(KILLS);
	}

	@Test
	void stagedFilesWithoutACommittedJournalAreDroppedAndTheOldSetStays() throws Exception {
		new OutputFolder(dir).write(ArtifactSets.of("A"));
		SwitchJournal journal = new SwitchJournal(dir);
		for (Artifact artifact : ArtifactSets.of("B")) {
			SwitchJournal.writeDurably(journal.staged(artifact.path()), artifact.content());
		}

		assertThat(OutputFolder.recover(dir)).isTrue();

		assertThat(holds(dir)).isEqualTo("A");
	}

	@Test
	void aCommittedJournalIsCompletedWhereverTheSwitchStopped() throws Exception {
		for (int applied = 0; applied <= ArtifactSets.FILES + 3; applied += 37) {
			Path folder = dir.resolve("stopped-after-" + applied);
			new OutputFolder(folder).write(ArtifactSets.of("A"));
			List<SwitchJournal.Entry> entries = stageAndCommit(folder, "B");
			SwitchJournal journal = new SwitchJournal(folder);
			for (SwitchJournal.Entry entry : entries.subList(0, Math.min(applied, entries.size()))) {
				if (entry.put()) {
					Files.createDirectories(folder.resolve(entry.path()).getParent());
					Files.move(journal.staged(entry.path()), folder.resolve(entry.path()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				} else {
					Files.delete(folder.resolve(entry.path()));
				}
			}

			assertThat(OutputFolder.recover(folder)).isTrue();

			assertThat(holds(folder)).as("stopped after %d steps", applied).isEqualTo("B");
		}
	}

	@Test
	void aWriteAfterAKilledOneCompletesItFirstAndSaysSo() throws Exception {
		new OutputFolder(dir).write(ArtifactSets.of("A"));
		stageAndCommit(dir, "B");

		OutputFolder.Report report = new OutputFolder(dir).write(ArtifactSets.of("B"));

		assertThat(report.recovered()).isTrue();
		assertThat(report.written()).isEmpty();
		assertThat(holds(dir)).isEqualTo("B");
	}

	/** Stages set B over the folder's set as OutputFolder does, and commits the journal without applying it. */
	private static List<SwitchJournal.Entry> stageAndCommit(Path folder, String set) throws IOException {
		SwitchJournal journal = new SwitchJournal(folder);
		Map<String, byte[]> next = ArtifactSets.expected(set);
		List<SwitchJournal.Entry> entries = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : next.entrySet()) {
			Path target = folder.resolve(file.getKey());
			if (!file.getKey().equals(Manifest.FILE) && !(Files.exists(target) && Arrays.equals(Files.readAllBytes(target), file.getValue()))) {
				SwitchJournal.writeDurably(journal.staged(file.getKey()), file.getValue());
				entries.add(new SwitchJournal.Entry(true, file.getKey(), null));
			}
		}
		for (Map.Entry<String, byte[]> old : files(folder).entrySet()) {
			if (!next.containsKey(old.getKey()) && !old.getKey().equals(FOREIGN)) {
				entries.add(new SwitchJournal.Entry(false, old.getKey(), Manifest.sha256(old.getValue())));
			}
		}
		SwitchJournal.writeDurably(journal.staged(Manifest.FILE), next.get(Manifest.FILE));
		entries.add(new SwitchJournal.Entry(true, Manifest.FILE, null));
		journal.commit(entries);
		return entries;
	}

	/** @return the set the folder holds completely, "A" or "B"; fails when it holds neither, or a switch is left */
	private static String holds(Path folder) throws IOException {
		assertThat(folder.resolve(SwitchJournal.FOLDER)).as("no switch left behind").doesNotExist();
		Map<String, byte[]> files = files(folder);
		byte[] foreign = files.remove(FOREIGN);
		if (foreign != null) {
			assertThat(new String(foreign, StandardCharsets.UTF_8)).as("the file ccfw did not write").isEqualTo("mine");
		}
		for (String set : List.of("A", "B")) {
			Map<String, byte[]> expected = ArtifactSets.expected(set);
			if (expected.keySet().equals(files.keySet())
					&& expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), files.get(e.getKey())))) {
				return set;
			}
		}
		throw new AssertionError("the folder holds neither set completely: " + files.keySet().size() + " files");
	}

	private static Map<String, byte[]> files(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(folder.resolve(SwitchJournal.FOLDER))).toList()) {
				files.put(folder.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
			}
		}
		return files;
	}

	/**
	 * Runs {@link ArtifactSets#main} in a new JVM and kills it (SIGKILL) after {@code killAfter} ms, or lets it finish
	 * when negative.
	 *
	 * @return how long the run took, in ms
	 */
	private static long writeInChild(Path folder, String set, long killAfter) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("ccf.crash.classpath",
				"../ccf.workbench.remediation/target/classes" + File.pathSeparator + "target/classes");
		Path log = Files.createTempFile("ccfw-writer", ".log");
		long start = System.nanoTime();
		Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath,
				ArtifactSets.class.getName(), folder.toString(), set).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (killAfter >= 0 && !child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
			child.destroyForcibly();
		}
		if (!child.waitFor(60, TimeUnit.SECONDS)) {
			child.destroyForcibly();
			throw new IOException("the writer did not end");
		}
		long took = (System.nanoTime() - start) / 1_000_000;
		String out = Files.readString(log);
		Files.delete(log);
		if (killAfter < 0) {
			assertThat(out).as("a run that is not killed (class path %s)", classPath).contains("done");
		}
		return took;
	}
}
