/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import ccf.workbench.remediation.Artifact;

/**
 * Writes artifacts into a folder: each file atomically (a temporary file in the same folder, then renamed over the
 * target), the manifest last. A file that is there but not in the folder's previous manifest was not generated: it is
 * never overwritten, and then nothing at all is written. Files of the previous manifest that are no longer generated
 * are removed when they are unchanged, kept (and reported) when someone edited them.
 */
public final class OutputFolder {

	/** What a write did. */
	public record Report(List<String> written, List<String> unchanged, List<String> removed, List<String> keptEdited) {
	}

	private final Path folder;

	public OutputFolder(Path folder) {
		this.folder = folder;
	}

	/** @throws OutputConflictException when a file would overwrite one that ccfw did not write; nothing is written then */
	public Report write(List<Artifact> artifacts) throws IOException, OutputConflictException {
		Files.createDirectories(folder);
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
		List<String> written = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		Map<String, String> hashes = new HashMap<>();
		List<Artifact> all = List.copyOf(byPath.values());
		List<Boolean> changed = inParallel(all, this::writeIfChanged);
		for (int i = 0; i < all.size(); i++) {
			hashes.put(all.get(i).path(), Manifest.sha256(all.get(i).content()));
			(changed.get(i) ? written : unchanged).add(all.get(i).path());
		}
		List<String> removed = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (Map.Entry<String, String> old : previous.entrySet()) {
			Path file = target(old.getKey());
			if (byPath.containsKey(old.getKey()) || !Files.isRegularFile(file)) {
				continue;
			}
			if (Manifest.sha256(Files.readAllBytes(file)).equals(old.getValue())) {
				Files.delete(file);
				removed.add(old.getKey());
			} else {
				kept.add(old.getKey());
			}
		}
		writeAtomically(manifestFile, new Manifest(hashes).bytes());
		return new Report(List.copyOf(written), List.copyOf(unchanged), List.copyOf(removed), List.copyOf(kept));
	}

	/** @return whether the file was written: false when it already had this content */
	private boolean writeIfChanged(Artifact artifact) throws IOException {
		byte[] content = artifact.content();
		Path target = target(artifact.path());
		if (Files.isRegularFile(target) && Files.size(target) == content.length
				&& Arrays.equals(Files.readAllBytes(target), content)) {
			return false;
		}
		writeAtomically(target, content);
		return true;
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
		} catch (UncheckedIOException e) {
			// A task's exception may reach here wrapped once more by the pool.
			Throwable cause = e;
			while (cause != null && !(cause instanceof IOException)) {
				cause = cause.getCause();
			}
			throw cause instanceof IOException io ? io : new IOException(e);
		} finally {
			pool.shutdown();
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

	/** The file of a relative, {@code /}-separated artifact path, which must stay inside the folder. */
	private Path target(String path) {
		Path target = folder.resolve(path).normalize();
		if (path.startsWith("/") || path.contains("\\") || !target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
			throw new IllegalArgumentException("artifact path outside the output folder: " + path);
		}
		return target;
	}

	private static void writeAtomically(Path target, byte[] content) throws IOException {
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".ccfw-tmp");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
