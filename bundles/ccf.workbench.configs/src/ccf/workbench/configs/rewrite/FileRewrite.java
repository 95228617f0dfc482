/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.xml.SourceText;

/**
 * The rewrite of one file: the edits to make and what they mean. The result keeps every byte of the original that no
 * edit covers: byte order mark, encoding, line breaks, whitespace, quoting and comments.
 */
public final class FileRewrite {

	private final Path path;
	private final SourceText source;
	private final List<TextEdit> edits;
	private final List<Change> changes;
	private final List<ConfigProblem> problems;

	public FileRewrite(Path path, SourceText source, List<TextEdit> edits, List<Change> changes,
			List<ConfigProblem> problems) {
		this.path = path;
		this.source = source;
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(TextEdit.BY_POSITION);
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).start() < sorted.get(i - 1).end()) {
				throw new IllegalArgumentException("overlapping edits " + sorted.get(i - 1) + " and " + sorted.get(i));
			}
		}
		this.edits = List.copyOf(sorted);
		this.changes = List.copyOf(changes);
		this.problems = List.copyOf(problems);
	}

	public Path path() {
		return path;
	}

	/** @return the file as read */
	public SourceText source() {
		return source;
	}

	public List<TextEdit> edits() {
		return edits;
	}

	public List<Change> changes() {
		return changes;
	}

	/** @return things in this file that were not rewritten and need a person's look */
	public List<ConfigProblem> problems() {
		return problems;
	}

	/** @return whether the rewrite changes the file */
	public boolean changesFile() {
		return !edits.isEmpty();
	}

	/** @return the bytes of the rewritten file */
	public byte[] result() {
		if (edits.isEmpty()) {
			return source.bytes();
		}
		byte[] original = source.bytes();
		ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 256);
		int copied = 0;
		for (TextEdit edit : edits) {
			int start = source.byteOffset(edit.start());
			int end = source.byteOffset(edit.end());
			out.write(original, copied, start - copied);
			out.writeBytes(source.encode(edit.text()));
			copied = end;
		}
		out.write(original, copied, original.length - copied);
		return out.toByteArray();
	}

	/** @return the characters of the rewritten file */
	public String resultText() {
		return apply(source.text(), 0, source.text().length(), true);
	}

	/**
	 * Applies the edits that lie in {@code [from, to)} to that part of {@code text}; an insertion at {@code to} counts
	 * only when {@code insertionsAtEnd} (it belongs to the text after {@code to} otherwise).
	 */
	String apply(String text, int from, int to, boolean insertionsAtEnd) {
		StringBuilder result = new StringBuilder(to - from + 64);
		int copied = from;
		for (TextEdit edit : edits) {
			if (edit.start() < from || edit.end() > to || (edit.start() == to && edit.end() == to && !insertionsAtEnd
					&& to < text.length())) {
				continue;
			}
			result.append(text, copied, edit.start()).append(edit.text());
			copied = edit.end();
		}
		return result.append(text, copied, to).toString();
	}

	/** @return a unified diff of the rewrite, empty when nothing changes */
	public String diff(String oldLabel, String newLabel) {
		return UnifiedDiff.of(this, oldLabel, newLabel, 3);
	}
}
