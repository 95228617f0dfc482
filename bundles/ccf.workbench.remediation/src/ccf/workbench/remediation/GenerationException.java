/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.util.List;

import ccf.workbench.model.validation.Finding;

/**
 * Nothing was generated: the model has findings that block generation, a value cannot be written safely, or a
 * local copy could not be rewritten. The message says which and what to do.
 */
public final class GenerationException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Finding> findings;

	public GenerationException(String message, List<Finding> findings) {
		super(message);
		this.findings = List.copyOf(findings);
	}

	public GenerationException(String message, Throwable cause) {
		super(message, cause);
		this.findings = List.of();
	}

	/** The blocking findings, when they are the reason. */
	public List<Finding> findings() {
		return findings;
	}
}
