/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

/**
 * A configuration file that cannot be read: not well-formed, refused for safety, or in an unknown encoding. The
 * message says what is wrong and what to do; the position is 1-based, the column counted in characters.
 */
public final class ConfigSyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final int column;
	private final String problem;

	public ConfigSyntaxException(String file, int line, int column, String problem) {
		super(file + ":" + line + ":" + column + ": " + problem);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** @return the message without the position */
	public String problem() {
		return problem;
	}
}
