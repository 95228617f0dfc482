/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

/** The directory or the DNS server could not be asked: unreachable, refused the login, or answered nonsense. */
public final class DirectoryException extends Exception {

	private static final long serialVersionUID = 1L;

	public DirectoryException(String message, Throwable cause) {
		super(message, cause);
	}

	public DirectoryException(String message) {
		super(message);
	}
}
