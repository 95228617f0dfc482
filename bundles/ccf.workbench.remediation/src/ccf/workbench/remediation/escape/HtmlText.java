/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/** HTML text and double-quoted attribute values. */
public final class HtmlText {

	private HtmlText() {
	}

	public static String text(String value) {
		StringBuilder html = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '&' -> html.append("&amp;");
			case '<' -> html.append("&lt;");
			case '>' -> html.append("&gt;");
			case '"' -> html.append("&quot;");
			case '\'' -> html.append("&#39;");
			default -> html.append(c);
			}
		}
		return html.toString();
	}
}
