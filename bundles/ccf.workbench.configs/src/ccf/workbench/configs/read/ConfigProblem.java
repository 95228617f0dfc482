/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.model.validation.Severity;

/**
 * Something a reader or rewriter could not do or wants a person to check, at a place in a file.
 *
 * @param file     the file as named to the user
 * @param line     1-based line
 * @param column   1-based column
 * @param severity {@link Severity#ERROR} when part of the input was not processed
 * @param message  what happened and what to do
 */
public record ConfigProblem(String file, int line, int column, Severity severity, String message) {

	public static ConfigProblem of(ConfigSyntaxException e) {
		return new ConfigProblem(e.file(), e.line(), e.column(), Severity.ERROR, e.problem());
	}

	/** @return {@code file:line:column: severity: message}, the format of {@code ccfw validate} */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
	}
}
