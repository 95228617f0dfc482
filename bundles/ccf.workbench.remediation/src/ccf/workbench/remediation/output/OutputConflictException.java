/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import java.nio.file.Path;
import java.util.List;

/** Files of the output folder that ccfw did not write and would have overwritten; nothing was written. */
public final class OutputConflictException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> paths;

	public OutputConflictException(Path folder, List<String> paths) {
		super(folder + " holds " + paths.size() + " file" + (paths.size() == 1 ? "" : "s") + " that ccfw generate did not write"
				+ " (not in its " + Manifest.FILE + "): " + String.join(", ", paths.stream().limit(10).toList())
				+ (paths.size() > 10 ? ", ..." : "") + ". Nothing was written; choose an empty folder, or move those files away.");
		this.paths = List.copyOf(paths);
	}

	public List<String> paths() {
		return paths;
	}
}
