/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

import java.nio.file.Path;

/** What an import tells while it reads the configuration files, and how a caller cancels it. */
public interface ImportProgress {

	/** No reporting, never cancelled. */
	ImportProgress NONE = new ImportProgress() {
		@Override
		public void reading(Path file, int index, int count) {
			// nobody listens
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** Called before the {@code index}-th (from 0) of {@code count} files is read. */
	void reading(Path file, int index, int count);

	/** Asked before each file; when true the import stops with a {@link java.util.concurrent.CancellationException}. */
	boolean isCancelled();
}
