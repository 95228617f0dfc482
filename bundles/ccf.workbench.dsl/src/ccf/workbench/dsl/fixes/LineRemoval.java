/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import ccf.workbench.dsl.fixes.QuickFix.Edit;

/** The edit that removes a range of a {@code .ccf} text and the layout that would be left around it. */
final class LineRemoval {

	private LineRemoval() {
	}

	/**
	 * Removes {@code [start, end)}: with its whole lines when nothing else is written on them (and one of two blank
	 * lines around it), else with the blanks before it.
	 */
	static Edit of(String text, int start, int end) {
		int lineStart = start;
		while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
			lineEnd++;
		}
		boolean firstOnLine = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
		if (firstOnLine && text.startsWith("//", lineEnd)) { // its own comment at the end of its line goes with it
			while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
				lineEnd++;
			}
		}
		boolean ownLines = firstOnLine
				&& (lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r');
		if (ownLines) {
			int after = skipNewline(text, lineEnd);
			boolean blankBefore = lineStart >= 2 && isBlankLineEndingAt(text, lineStart - 1);
			int next = after;
			while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
				next++;
			}
			boolean blankAfter = next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r');
			if (blankBefore && blankAfter) {
				after = skipNewline(text, next);
			}
			return new Edit(lineStart, after - lineStart, "");
		}
		boolean glued = end < text.length() && !Character.isWhitespace(text.charAt(end)); // CORP\SVC
		return glued ? new Edit(start, end - start, "") : new Edit(lineStart, end - lineStart, "");
	}

	private static int skipNewline(String text, int at) {
		if (at < text.length() && text.charAt(at) == '\r') {
			at++;
		}
		if (at < text.length() && text.charAt(at) == '\n') {
			at++;
		}
		return at;
	}

	/** Whether the line that ends with the newline at {@code newline} is blank. */
	private static boolean isBlankLineEndingAt(String text, int newline) {
		int i = newline - 1;
		if (i >= 0 && text.charAt(i) == '\r') {
			i--;
		}
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i--;
		}
		return i < 0 || text.charAt(i) == '\n';
	}
}
