/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

/** The deployment has no correct plan for a reason the validation rules do not cover; the message says what to change. */
public final class PlanException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PlanException(String message) {
		super(message);
	}
}
