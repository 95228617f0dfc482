/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

import ccf.workbench.model.validation.Names;

/**
 * The check every escaper makes first: no control characters (line breaks included) and no Unicode format characters
 * such as bidirectional overrides, as the model's rule text-unsafe ({@link Names#checkSafeText(String)}) demands.
 */
public final class SafeText {

	private SafeText() {
	}

	public static String require(String value, String what, String language) {
		if (value == null) {
			throw new UnsafeTextException(what, null, language, "it is missing");
		}
		Names.checkSafeText(value).ifPresent(problem -> {
			throw new UnsafeTextException(what, value, language, "it " + problem);
		});
		return value;
	}

	/** Whether every character is in the inclusive ranges and single characters of {@code allowed}. */
	static boolean only(String value, String allowed) {
		for (int i = 0; i < value.length(); i++) {
			if (allowed.indexOf(value.charAt(i)) < 0 && !Character.isLetterOrDigit(value.charAt(i))) {
				return false;
			}
			if (value.charAt(i) > 0x7e) {
				return false;
			}
		}
		return true;
	}
}
