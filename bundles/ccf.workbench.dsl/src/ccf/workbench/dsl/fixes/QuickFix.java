/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import java.util.List;

/**
 * A fix of a diagnostic as text edits of its {@code .ccf} file, so that the editor (Ctrl+1), the Problems view and a
 * language server can all apply it.
 *
 * @param label what the fix does, e.g. "Register host/CCFIISAlias on ASPUSER"
 * @param edits non-overlapping edits, in any order
 */
public record QuickFix(String label, List<Edit> edits) {

	/** Replaces {@code length} characters at {@code offset} by {@code text}; an insertion when length is 0. */
	public record Edit(int offset, int length, String text) {
	}

	public QuickFix {
		edits = List.copyOf(edits);
	}

	/** @return {@code text} with the edits applied */
	public String applyTo(String text) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset()))
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}
}
