/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

/**
 * One change of a rewrite, as reported to the user.
 *
 * @param kind   what changed
 * @param line   1-based line in the original file
 * @param column 1-based column in the original file
 * @param before the URL or setting before
 * @param after  the URL or setting after
 */
public record Change(Kind kind, int line, int column, String before, String after) {

	public enum Kind {
		/** The host of a URL. */
		URL,
		/** The Windows authentication settings of a {@code <location>} of applicationHost.config. */
		LOCATION
	}
}
