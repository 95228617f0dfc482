/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;

import ccf.workbench.remediation.Artifact;

/**
 * Writes artifacts into a folder as one set: the folder holds either the complete previous set or the complete new
 * one, whenever the process is killed. The files that change are staged inside the folder, a journal is committed in
 * one rename, and only then are they moved over their targets, with the manifest last ({@link SwitchJournal}); a run
 * killed before the commit leaves the previous set untouched, a run killed after it is completed by the next run or by
 * {@link #recover(Path)}. A file that is there but not in the folder's previous manifest was not generated: it is
 * never overwritten, and then nothing at all is written. Files of the previous manifest that are no longer generated
 * are removed when they are unchanged, kept (and reported) when someone edited them.
 */
public final class OutputFolder {

	/** What a write did; {@code recovered} when it first completed or rolled back a switch a killed run left. */
	public record Report(List<String> written, List<String> unchanged, List<String> removed, List<String> keptEdited,
			boolean recovered) {
	}

	private final Path folder;

	public OutputFolder(Path folder) {
		this.folder = folder;
	}

	/**
	 * Completes the switch of a run that was killed after its commit, or drops what a run killed before it staged; a
	 * reader of the folder calls this first to see a complete set.
	 *
	 * @return whether there was an interrupted switch
	 */
	public static boolean recover(Path folder) throws IOException {
		return SwitchJournal.recover(folder);
	}

	/** @throws OutputConflictException when a file would overwrite one that ccfw did not write; nothing is written then */
	public Report write(List<Artifact> artifacts) throws IOException, OutputConflictException {
		return write(artifacts, () -> false);
	}

	/**
	 * As {@link #write(List)}, asking {@code cancelled} before each file is staged and before the commit.
	 *
	 * @throws CancellationException when cancelled: the staged files are dropped and the folder keeps its previous set
	 */
	public Report write(List<Artifact> artifacts, BooleanSupplier cancelled) throws IOException, OutputConflictException {
		try {
			return switchTo(artifacts, cancelled);
		} catch (CancellationException e) {
			SwitchJournal.recover(folder);
			throw e;
		}
	}

	private Report switchTo(List<Artifact> artifacts, BooleanSupplier cancelled) throws IOException, OutputConflictException {
		Files.createDirectories(folder);
		boolean recovered = SwitchJournal.recover(folder);
		Path manifestFile = folder.resolve(Manifest.FILE);
		Map<String, String> previous = previousManifest(manifestFile);
		Map<String, Artifact> byPath = new LinkedHashMap<>();
		List<String> conflicts = new ArrayList<>();
		for (Artifact artifact : artifacts) {
			Path target = target(artifact.path());
			byPath.put(artifact.path(), artifact);
			if (Files.exists(target) && (!previous.containsKey(artifact.path()) || !Files.isRegularFile(target))) {
				conflicts.add(artifact.path());
			}
		}
		if (!conflicts.isEmpty()) {
			throw new OutputConflictException(folder, conflicts);
		}
		SwitchJournal journal = new SwitchJournal(folder);
		List<Artifact> all = List.copyOf(byPath.values());
		List<Boolean> changed = inParallel(all, artifact -> {
			if (cancelled.getAsBoolean()) {
				throw new CancellationException("The output was not switched: cancelled while staging " + artifact.path());
			}
			return stageIfChanged(journal, artifact);
		});
		List<String> written = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		Map<String, String> hashes = new HashMap<>();
		List<SwitchJournal.Entry> entries = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			String path = all.get(i).path();
			hashes.put(path, Manifest.sha256(all.get(i).content()));
			(changed.get(i) ? written : unchanged).add(path);
			if (changed.get(i)) {
				entries.add(new SwitchJournal.Entry(true, path, null));
			}
		}
		List<String> removed = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (Map.Entry<String, String> old : previous.entrySet()) {
			Path file = target(old.getKey());
			if (byPath.containsKey(old.getKey()) || !Files.isRegularFile(file)) {
				continue;
			}
			if (Manifest.sha256(Files.readAllBytes(file)).equals(old.getValue())) {
				entries.add(new SwitchJournal.Entry(false, old.getKey(), old.getValue()));
				removed.add(old.getKey());
			} else {
				kept.add(old.getKey());
			}
		}
		byte[] manifest = new Manifest(hashes).bytes();
		if (!entries.isEmpty() || !sameContent(manifestFile, manifest)) {
			SwitchJournal.writeDurably(journal.staged(Manifest.FILE), manifest);
			entries.add(new SwitchJournal.Entry(true, Manifest.FILE, null));
			if (cancelled.getAsBoolean()) {
				throw new CancellationException("The output was not switched: cancelled before the commit");
			}
			journal.commit(entries);
			journal.finish(entries);
		}
		return new Report(List.copyOf(written), List.copyOf(unchanged), List.copyOf(removed), List.copyOf(kept), recovered);
	}

	/** @return whether the artifact was staged: false when its file already has this content */
	private boolean stageIfChanged(SwitchJournal journal, Artifact artifact) throws IOException {
		byte[] content = artifact.content();
		if (sameContent(target(artifact.path()), content)) {
			return false;
		}
		SwitchJournal.writeDurably(journal.staged(artifact.path()), content);
		return true;
	}

	private static boolean sameContent(Path file, byte[] content) throws IOException {
		return Files.isRegularFile(file) && Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
	}

	private interface Write {
		boolean apply(Artifact artifact) throws IOException;
	}

	/**
	 * Writes the files on more threads than cores: each write waits on the file system more than on a core.
	 *
	 * @return the results in the order of {@code artifacts}
	 */
	private static List<Boolean> inParallel(List<Artifact> artifacts, Write write) throws IOException {
		int threads = Math.min(16, Math.max(4, 4 * Runtime.getRuntime().availableProcessors()));
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(() -> artifacts.parallelStream().map(artifact -> {
				try {
					return write.apply(artifact);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList()).join();
		} catch (CancellationException e) {
			// The pool may rethrow a task's exception as a new instance of its class.
			throw new CancellationException(e.getMessage());
		} catch (UncheckedIOException e) {
			// A task's exception may reach here wrapped once more by the pool.
			Throwable cause = e;
			while (cause != null && !(cause instanceof IOException)) {
				cause = cause.getCause();
			}
			throw cause instanceof IOException io ? io : new IOException(e);
		} finally {
			// A failed or cancelled write returns while other files are still being written: wait for them, so that
			// none lands in the staging after the caller has dropped it.
			pool.close();
		}
	}

	private Map<String, String> previousManifest(Path manifestFile) throws IOException, OutputConflictException {
		if (!Files.exists(manifestFile)) {
			return Map.of();
		}
		Optional<Manifest> manifest = Files.isRegularFile(manifestFile) ? Manifest.parse(Files.readAllBytes(manifestFile)) : Optional.empty();
		if (manifest.isEmpty()) {
			throw new OutputConflictException(folder, List.of(Manifest.FILE));
		}
		return manifest.get().hashes();
	}

	/**
	 * The file of a relative, {@code /}-separated artifact path, which must stay inside the folder and outside the
	 * folder ccfw switches through.
	 */
	private Path target(String path) {
		Path target = folder.resolve(path).normalize();
		Path root = folder.normalize();
		if (path.startsWith("/") || path.contains("\\") || !target.startsWith(root) || target.equals(root)
				|| target.startsWith(root.resolve(SwitchJournal.FOLDER))) {
			throw new IllegalArgumentException("artifact path outside the output folder: " + path);
		}
		return target;
	}
}
