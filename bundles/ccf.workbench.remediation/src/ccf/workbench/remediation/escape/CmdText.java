/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * Arguments of cmd.exe batch files. cmd has no quoting that stops every expansion ({@code %} expands even inside double
 * quotes, {@code !} under delayed expansion, {@code ^} escapes, and a batch file is read in the OEM code page), so no
 * value is escaped: each is checked against a small safe alphabet and refused otherwise. Paths and URLs never reach
 * cmd; those steps exist in PowerShell only.
 */
public final class CmdText {

	private static final String LANGUAGE = "a cmd batch file";
	/** Host names, SPNs, DOMAIN\account, KB numbers. */
	private static final String WORD = "._-/\\:@$";
	/** IIS location paths, which may hold spaces ("Default Web Site/..."): only used inside double quotes. */
	private static final String QUOTED = WORD + " ()#~";

	private CmdText() {
	}

	/** @return {@code value} unchanged, when it is made of letters, digits and {@code . _ - / \ : @ $} only */
	public static String word(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		if (value.isEmpty() || !SafeText.only(value, WORD)) {
			throw new UnsafeTextException(what, value, LANGUAGE,
					"only ASCII letters, digits and . _ - / \\ : @ $ can be passed to cmd safely");
		}
		return value;
	}

	/** @return {@code value} in double quotes, when it is made of the characters of {@link #word} plus space ( ) # ~ */
	public static String quoted(String value, String what) {
		SafeText.require(value, what, LANGUAGE);
		if (value.isEmpty() || !SafeText.only(value, QUOTED)) {
			throw new UnsafeTextException(what, value, LANGUAGE,
					"only ASCII letters, digits, spaces and . _ - / \\ : @ $ ( ) # ~ can be passed to cmd safely");
		}
		return '"' + value + '"';
	}
}
