/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

/** A text built line by line, with {@code \n}; {@link TextFile} chooses the line ends of the file. */
final class Lines {

	private final StringBuilder text = new StringBuilder(4096);

	Lines add(String line) {
		text.append(line).append('\n');
		return this;
	}

	Lines add(String... lines) {
		for (String line : lines) {
			add(line);
		}
		return this;
	}

	Lines blank() {
		return add("");
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
