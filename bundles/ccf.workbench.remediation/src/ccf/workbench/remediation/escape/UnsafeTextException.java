/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.escape;

/**
 * A value of the deployment that cannot be written safely into a target language: it is refused before anything is
 * generated. The message names the value, what it is, the language and why.
 */
public final class UnsafeTextException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnsafeTextException(String what, String value, String language, String reason) {
		super("Cannot write the " + what + " '" + Printable.of(value) + "' into " + language + ": " + reason
				+ ". Correct it in the model; nothing was generated.");
	}
}
