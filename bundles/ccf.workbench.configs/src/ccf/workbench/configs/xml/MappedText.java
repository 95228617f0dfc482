/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

/**
 * A value as an XML reader sees it (references resolved, line breaks normalised), with the source range each of its
 * characters came from, so that a change to part of the value can be made on the exact source characters.
 */
public final class MappedText {

	private final String value;
	private final int base;
	private final int[] rawStarts;
	private final int[] rawEnds;

	/** A value whose characters are the source characters from {@code base} on, one for one. */
	MappedText(String value, int base) {
		this.value = value;
		this.base = base;
		this.rawStarts = null;
		this.rawEnds = null;
	}

	MappedText(String value, int[] rawStarts, int[] rawEnds) {
		this.value = value;
		this.base = -1;
		this.rawStarts = rawStarts;
		this.rawEnds = rawEnds;
	}

	public String value() {
		return value;
	}

	/** @return the source offset of the value's character at {@code index} */
	public int rawStart(int index) {
		return rawStarts == null ? base + index : rawStarts[index];
	}

	/** @return the source offset after the value's character at {@code index} */
	public int rawEnd(int index) {
		return rawStarts == null ? base + index + 1 : rawEnds[index];
	}

	/**
	 * @return the source range {@code [start, end)} of the value's characters {@code [from, to)}, or {@code null} when
	 *         markup (a CDATA boundary, a comment) sits between them, so that they cannot be replaced as one run
	 */
	public int[] rawRange(int from, int to) {
		if (from >= to) {
			throw new IllegalArgumentException("empty range " + from + ".." + to);
		}
		for (int i = from; i + 1 < to; i++) {
			if (rawEnd(i) != rawStart(i + 1)) {
				return null;
			}
		}
		return new int[] { rawStart(from), rawEnd(to - 1) };
	}

	@Override
	public String toString() {
		return value;
	}
}
