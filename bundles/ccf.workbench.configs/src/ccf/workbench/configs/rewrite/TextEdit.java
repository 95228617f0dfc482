/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.util.Comparator;

/**
 * A replacement of the characters {@code [start, end)} of a file by {@code text}; an insertion when the range is
 * empty.
 */
public record TextEdit(int start, int end, String text) {

	/** Orders edits by position; insertions at the same offset keep the order they were made in. */
	public static final Comparator<TextEdit> BY_POSITION = Comparator.comparingInt(TextEdit::start)
			.thenComparingInt(TextEdit::end);

	public TextEdit {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad range " + start + ".." + end);
		}
	}
}
