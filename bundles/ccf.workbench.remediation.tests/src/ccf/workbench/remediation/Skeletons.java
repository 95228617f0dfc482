/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.nio.charset.StandardCharsets;

/**
 * The code of a generated script with its literals and comments replaced by placeholders. When the skeleton of a
 * script generated with a hostile value equals the one generated with a harmless value, the value changed no code:
 * it sits inside literals (or comments) only.
 */
final class Skeletons {

	private Skeletons() {
	}

	static String of(Artifact artifact) {
		String path = artifact.path();
		if (path.endsWith(".ps1")) {
			// A URL with characters XML escapes is looked for in more forms: more literals in the same array.
			return powerShell(artifact.text().substring(1)).replaceAll("'L'(, 'L')+", "'L'");
		}
		if (path.endsWith(".sh")) {
			return bash(artifact.text());
		}
		if (path.endsWith(".sql")) {
			return sql(artifact.text().substring(1));
		}
		if (path.endsWith(".cmd")) {
			return artifact.text().lines().filter(l -> !l.startsWith("rem ")).reduce("", (a, b) -> a + b + "\n");
		}
		if (path.endsWith(".reg")) {
			return new String(artifact.content(), StandardCharsets.UTF_16LE);
		}
		return null;
	}

	/** PowerShell: single-quoted literals (the quote and U+2018 to U+201B, doubled inside), # comments. */
	static String powerShell(String text) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '#') {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end - 1;
			} else if (isPsQuote(c)) {
				i++;
				while (i < text.length()) {
					if (isPsQuote(text.charAt(i))) {
						if (i + 1 < text.length() && isPsQuote(text.charAt(i + 1))) {
							i += 2;
							continue;
						}
						break;
					}
					i++;
				}
				code.append("'L'");
			} else if (c == '"') {
				throw new AssertionError("a double-quoted PowerShell string, which expands: " + text.substring(i, Math.min(text.length(), i + 40)));
			} else {
				code.append(c);
			}
		}
		return code.toString();
	}

	private static boolean isPsQuote(char c) {
		return c == '\'' || c >= '\u2018' && c <= '\u201b';
	}

	/** bash: single-quoted words (with '\'' joins), double-quoted strings kept as code, # comments. */
	static String bash(String text) {
		StringBuilder code = new StringBuilder();
		boolean doubleQuoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (doubleQuoted) {
				code.append(c);
				if (c == '\\') {
					code.append(text.charAt(++i));
				} else if (c == '"') {
					doubleQuoted = false;
				}
			} else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end - 1;
			} else if (c == '\'') {
				do {
					i = text.indexOf('\'', i + 1);
					if (i < 0) {
						throw new AssertionError("an unclosed single quote");
					}
				} while (text.startsWith("'\\''", i) && (i += 3) > 0);
				code.append("'L'");
			} else {
				doubleQuoted = c == '"';
				code.append(c);
			}
		}
		return code.toString();
	}

	/** T-SQL: 'literals' with '' inside, [identifiers] with ]] inside, -- comments. */
	static String sql(String text) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '-' && text.startsWith("--", i)) {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end - 1;
			} else if (c == '\'' || c == '[') {
				char close = c == '\'' ? '\'' : ']';
				i++;
				while (i < text.length() && (text.charAt(i) != close || i + 1 < text.length() && text.charAt(i + 1) == close && i++ >= 0)) {
					i++;
				}
				code.append(c == '\'' ? "'L'" : "[I]");
			} else {
				code.append(c);
			}
		}
		return code.toString();
	}
}
