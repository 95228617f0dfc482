/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * CommonMark text: inline text with every character that starts inline markup backslash-escaped (and a first
 * character that could start a block), and code spans fenced with more backticks than the longest run inside.
 */
public final class MarkdownText {

	private static final String SPECIAL = "\\`*_{}[]<>!|~&$";
	private static final String BLOCK_START = "#+-=>";

	private MarkdownText() {
	}

	public static String text(String value) {
		StringBuilder markdown = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (SPECIAL.indexOf(c) >= 0 || i == 0 && BLOCK_START.indexOf(c) >= 0) {
				markdown.append('\\');
			}
			markdown.append(c);
		}
		return markdown.toString();
	}

	public static String code(String value) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < value.length(); i++) {
			run = value.charAt(i) == '`' ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		String fence = "`".repeat(longest + 1);
		boolean pad = value.startsWith("`") || value.endsWith("`") || value.startsWith(" ") && value.endsWith(" ");
		return pad ? fence + " " + value + " " + fence : fence + value + fence;
	}
}
