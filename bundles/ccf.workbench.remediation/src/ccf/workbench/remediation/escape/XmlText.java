/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * XML 1.0 attribute values (in double quotes, so a single quote stays as it is) and character data, and XPath 1.0 string literals (which have no escape: a value with
 * both quote characters is written as {@code concat(...)}). Characters XML 1.0 cannot hold are refused.
 */
public final class XmlText {

	private static final String LANGUAGE = "XML";

	private XmlText() {
	}

	/** @return {@code value} escaped for a double-quoted attribute */
	public static String attribute(String value, String what) {
		return escape(value, what, true);
	}

	/** @return {@code value} escaped as character data */
	public static String text(String value, String what) {
		return escape(value, what, false);
	}

	private static String escape(String value, String what, boolean attribute) {
		SafeText.require(value, what, LANGUAGE);
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c) && !validPair(value, i)) {
				throw new UnsafeTextException(what, value, LANGUAGE, "it holds a character XML 1.0 cannot hold");
			}
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append(attribute ? "&quot;" : "\"");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static boolean validPair(String value, int i) {
		char c = value.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
	}

	/** @return {@code value} as an XPath 1.0 string literal, not yet escaped for the attribute it goes into */
	public static String xpathLiteral(String value, String what) {
		SafeText.require(value, what, "XPath");
		if (value.indexOf('\'') < 0) {
			return "'" + value + "'";
		}
		if (value.indexOf('"') < 0) {
			return '"' + value + '"';
		}
		StringBuilder concat = new StringBuilder("concat(");
		String[] parts = value.split("'", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				concat.append(", \"'\", ");
			}
			concat.append('\'').append(parts[i]).append('\'');
		}
		return concat.append(')').toString();
	}
}
