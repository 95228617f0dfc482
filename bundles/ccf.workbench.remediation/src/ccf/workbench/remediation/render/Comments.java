/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

/**
 * Model text in a comment of a generated script or file: one line, and only ASCII letters, digits, spaces and plain
 * punctuation; any other character becomes {@code ?}. A comment then cannot end itself (XML {@code --}, cmd
 * expansions, a line break) nor show something other than it says.
 */
final class Comments {

	private static final String PUNCTUATION = " .,:;/\\_+=@#()[]{}";

	private Comments() {
	}

	static String line(String text) {
		StringBuilder comment = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean plain = c < 0x7f && (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0);
			comment.append(plain || c == '-' && (i == 0 || text.charAt(i - 1) != '-') ? c : '?');
		}
		return comment.toString();
	}
}
