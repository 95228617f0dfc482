/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * PowerShell single-quoted string literals, in which nothing is expanded: no variables, no subexpressions, no escape
 * characters. PowerShell also ends such a literal at the typographic single quotes U+2018 to U+201B, so each of them
 * is doubled like the ASCII quote (as PowerShell's own CodeGeneration.EscapeSingleQuotedStringContent does). Scripts
 * are written as UTF-8 with a byte order mark, so other non-ASCII characters arrive as they are.
 */
public final class PowerShellText {

	private static final String LANGUAGE = "PowerShell";

	private PowerShellText() {
	}

	/** @return {@code value} as a single-quoted literal */
	public static String literal(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isQuote(c)) {
				quoted.append(c);
			}
			quoted.append(c);
		}
		return quoted.append('\'').toString();
	}

	static boolean isQuote(char c) {
		return c == '\'' || c >= '\u2018' && c <= '\u201b';
	}

	/** @return an array expression {@code @('a', 'b')} of single-quoted literals */
	public static String array(Iterable<String> values, String what) {
		StringBuilder array = new StringBuilder("@(");
		String separator = "";
		for (String value : values) {
			array.append(separator).append(literal(value, what));
			separator = ", ";
		}
		return array.append(')').toString();
	}
}
