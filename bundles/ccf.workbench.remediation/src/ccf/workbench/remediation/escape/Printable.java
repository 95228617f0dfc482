/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/** A value as an error message may show it: control and format characters as U+ and four hex digits, so that a message never hides them. */
final class Printable {

	private Printable() {
	}

	static String of(String value) {
		if (value == null) {
			return "(none)";
		}
		StringBuilder text = new StringBuilder();
		value.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				text.append(String.format("U+%04X", c));
			} else {
				text.appendCodePoint(c);
			}
		});
		return text.toString();
	}
}
