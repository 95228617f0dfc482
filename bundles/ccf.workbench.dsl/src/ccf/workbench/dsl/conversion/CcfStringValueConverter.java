/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Writes strings in double quotes escaping only what must be escaped there, so that the XPath locations of endpoint
 * references read as written ({@code add[@key='Url']}, not {@code add[@key=\'Url\']}). Reading is Xtext's.
 */
public class CcfStringValueConverter extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> escaped.append("\\\\");
			case '"' -> escaped.append("\\\"");
			case '\n' -> escaped.append("\\n");
			case '\r' -> escaped.append("\\r");
			case '\t' -> escaped.append("\\t");
			case '\b' -> escaped.append("\\b");
			case '\f' -> escaped.append("\\f");
			default -> {
				if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !validPair(value, i)) {
					escaped.append(String.format("\\u%04x", (int) c));
				} else {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.append('"').toString();
	}

	private static boolean validPair(String value, int i) {
		char c = value.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
	}
}
