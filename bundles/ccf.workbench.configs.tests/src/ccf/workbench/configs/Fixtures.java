/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixtures of this bundle: {@code fixtures/corpus} (third-party files, see SOURCES.tsv) and {@code fixtures/ccf}. */
public final class Fixtures {

	private Fixtures() {
	}

	/** Inputs that once broke a reader (found by releng/fuzz/run.sh, or written as attacks), one folder per fuzz target. */
	public static final String FUZZ_REGRESSIONS = "fuzz-regressions";

	public static Path root() {
		String property = System.getProperty("ccf.fixtures");
		Path root = property != null ? Path.of(property) : Path.of("fixtures");
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("fixtures not found at " + root.toAbsolutePath()
					+ "; set -Dccf.fixtures=<bundle>/fixtures");
		}
		return root;
	}

	public static Path path(String relative) {
		return root().resolve(relative);
	}

	/** Every file of the corpus and of the CCF fixtures, except the documentation and the fuzzing regressions. */
	public static List<Path> allConfigFiles() {
		try (Stream<Path> walk = Files.walk(root())) {
			return walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(root().resolve(FUZZ_REGRESSIONS)))
					.filter(p -> !p.getFileName().toString().endsWith(".tsv") && !p.getFileName().toString().endsWith(".md"))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Copies a fixture folder (or file) into {@code target}, keeping the layout. */
	public static Path copy(String relative, Path target) throws IOException {
		Path source = path(relative);
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path file : walk.toList()) {
				Path destination = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				} else {
					Files.createDirectories(destination.getParent());
					Files.copy(file, destination);
				}
			}
		}
		return target;
	}
}
