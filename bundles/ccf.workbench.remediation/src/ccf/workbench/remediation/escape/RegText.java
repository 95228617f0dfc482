/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * Registry editor (.reg, "Windows Registry Editor Version 5.00") files: key names between brackets, where a key name
 * cannot hold {@code \} (it separates keys) nor {@code ]}; quoted value names and string data, where {@code \} and
 * {@code "} are escaped with a backslash.
 */
public final class RegText {

	private static final String LANGUAGE = "a .reg file";

	private RegText() {
	}

	/** @return {@code value} as one key name of a key path */
	public static String keyName(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		if (value.isEmpty() || value.indexOf('\\') >= 0 || value.indexOf(']') >= 0 || value.indexOf('[') >= 0
				|| !value.strip().equals(value)) {
			throw new UnsafeTextException(what, value, LANGUAGE,
					"a registry key name is not empty and holds no \\ [ ] and no leading or trailing spaces");
		}
		return value;
	}

	/** @return {@code "value"} with backslashes and quotes escaped */
	public static String string(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
