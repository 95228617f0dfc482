/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * T-SQL literals and identifiers: Unicode string literals {@code N'...'} with single quotes doubled, bracketed
 * identifiers with {@code ]} doubled (what {@code QUOTENAME} returns), and {@code LIKE} patterns whose wildcards are
 * bracketed so that a value only matches itself.
 */
public final class TsqlText {

	private static final String LANGUAGE = "T-SQL";

	private TsqlText() {
	}

	/** @return {@code N'value'} */
	public static String literal(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		return "N'" + value.replace("'", "''") + "'";
	}

	/** @return {@code [value]}, as QUOTENAME(value) gives it */
	public static String identifier(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		if (value.isEmpty() || value.length() > 128) {
			throw new UnsafeTextException(what, value, LANGUAGE, "an identifier has 1 to 128 characters");
		}
		return "[" + value.replace("]", "]]") + "]";
	}

	/** @return {@code value} with the LIKE wildcards {@code % _ [} bracketed, not yet quoted */
	public static String likeText(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		StringBuilder pattern = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' || c == '_' || c == '[') {
				pattern.append('[').append(c).append(']');
			} else {
				pattern.append(c);
			}
		}
		return pattern.toString();
	}
}
