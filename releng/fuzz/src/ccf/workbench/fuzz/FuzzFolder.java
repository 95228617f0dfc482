/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ccf.workbench.configs.xml.ConfigSyntaxException;

/** Where the fuzz targets put the files they read (in memory where /dev/shm exists), and the checks they share. */
final class FuzzFolder {

	private FuzzFolder() {
	}

	static Path create(String target) {
		try {
			Path shm = Path.of("/dev/shm");
			Path folder = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "ccfw-fuzz-" + target)
					: Files.createTempDirectory("ccfw-fuzz-" + target);
			folder.toFile().deleteOnExit();
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A syntax error is a diagnostic only when it says where and what: a line, a column and a message. */
	static void requireClear(ConfigSyntaxException e) {
		if (e.line() < 1 || e.column() < 1 || e.problem() == null || e.problem().isBlank()) {
			throw new IllegalStateException("a syntax error without a place or a message: " + e.getMessage(), e);
		}
	}
}
