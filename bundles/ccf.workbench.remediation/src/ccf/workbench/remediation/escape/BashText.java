/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * bash single-quoted words: nothing inside is special but the single quote itself, which is written as
 * {@code '\''} (end the quote, an escaped quote, reopen). Scripts are UTF-8.
 */
public final class BashText {

	private static final String LANGUAGE = "a bash script";

	private BashText() {
	}

	/** @return {@code value} as one single-quoted word */
	public static String word(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		return "'" + value.replace("'", "'\\''") + "'";
	}
}
