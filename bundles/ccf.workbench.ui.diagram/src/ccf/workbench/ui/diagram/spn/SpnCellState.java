/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

/** What holds for one principal and one SPN. */
public enum SpnCellState {
	/** Neither registered on the principal nor required of it. */
	NONE(""),
	/** Registered, and nothing requires it of this principal (e.g. the computer's own host/ SPNs). */
	REGISTERED("registered"),
	/** Required by an alias and registered: as the article wants it. */
	REQUIRED("required ✔"),
	/** Required by an alias and not registered: Kerberos fails. */
	MISSING("missing"),
	/** Registered on this principal and on another one: the KDC cannot issue a ticket. */
	DUPLICATE("duplicate"),
	/** Registered on this principal while the alias needs it on another. */
	WRONG_PRINCIPAL("wrong principal");

	private final String label;

	SpnCellState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isProblem() {
		return this == MISSING || this == DUPLICATE || this == WRONG_PRINCIPAL;
	}
}
