/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.Locale;

/** How bad a finding is, as ccfw validate prints it and the Problems view shows it. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** @return error, warning or info */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
