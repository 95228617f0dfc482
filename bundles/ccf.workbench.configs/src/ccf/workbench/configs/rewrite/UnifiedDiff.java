/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.util.ArrayList;
import java.util.List;

import ccf.workbench.configs.xml.SourceText;

/**
 * The unified diff of a {@link FileRewrite}, computed from its edits rather than by comparing the two texts: the
 * lines an edit touches are the changed lines, so the diff is exact and costs nothing on big files.
 */
final class UnifiedDiff {

	/** Lines {@code [first, last]} that a group of edits touches. */
	private record Block(int first, int last) {
	}

	private final FileRewrite rewrite;
	private final SourceText source;
	private final String text;
	private final StringBuilder out = new StringBuilder();

	private UnifiedDiff(FileRewrite rewrite) {
		this.rewrite = rewrite;
		this.source = rewrite.source();
		this.text = source.text();
	}

	static String of(FileRewrite rewrite, String oldLabel, String newLabel, int context) {
		if (!rewrite.changesFile()) {
			return "";
		}
		UnifiedDiff diff = new UnifiedDiff(rewrite);
		diff.out.append("--- ").append(oldLabel).append('\n').append("+++ ").append(newLabel).append('\n');
		List<Block> blocks = diff.blocks();
		int lineDelta = 0;
		int i = 0;
		while (i < blocks.size()) {
			int j = i;
			while (j + 1 < blocks.size() && blocks.get(j + 1).first() - context <= blocks.get(j).last() + context + 1) {
				j++;
			}
			lineDelta = diff.hunk(blocks.subList(i, j + 1), context, lineDelta);
			i = j + 1;
		}
		return diff.out.toString();
	}

	private List<Block> blocks() {
		List<Block> blocks = new ArrayList<>();
		for (TextEdit edit : rewrite.edits()) {
			int first = source.line(edit.start());
			int last = edit.end() > edit.start() ? source.line(edit.end() - 1) : first;
			if (isLineInsertion(edit, first)) {
				last = first - 1; // whole lines before line "first": no old line changes
			}
			Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
			boolean insertion = last < first;
			if (previous != null && (first <= previous.last() || (!insertion && first == previous.last() + 1)
					|| (previous.last() < previous.first() && first == previous.first()))) {
				blocks.set(blocks.size() - 1, new Block(previous.first(), Math.max(previous.last(), last)));
			} else {
				blocks.add(new Block(first, last));
			}
		}
		return blocks;
	}

	private boolean isLineInsertion(TextEdit edit, int line) {
		return edit.start() == edit.end() && edit.start() == source.lineStart(line) && endsWithBreak(edit.text());
	}

	/** Writes one hunk and returns the running difference between new and old line numbers. */
	private int hunk(List<Block> blocks, int context, int lineDelta) {
		int first = Math.max(1, blocks.get(0).first() - context);
		int last = Math.min(source.lineCount(), blocks.get(blocks.size() - 1).last() + context);
		if (last == source.lineCount() && source.lineStart(last) == text.length() && last > first) {
			last--; // the empty "line" after a final line break
		}
		StringBuilder body = new StringBuilder();
		int oldCount = 0;
		int newCount = 0;
		int line = first;
		for (Block block : blocks) {
			for (; line < block.first(); line++) {
				body.append(' ').append(lineText(line)).append('\n');
				oldCount++;
				newCount++;
			}
			for (int l = block.first(); l <= block.last(); l++) {
				body.append('-').append(lineText(l)).append('\n');
				noNewlineMarker(body, l);
				oldCount++;
			}
			int from = source.lineStart(block.first());
			boolean insertion = block.last() < block.first();
			int to = insertion ? from : lineEndWithBreak(block.last());
			String replaced = rewrite.apply(text, from, to, insertion);
			List<String> newLines = splitLines(replaced);
			for (String newLine : newLines) {
				body.append('+').append(newLine).append('\n');
				newCount++;
			}
			if (to == text.length() && !replaced.isEmpty() && !endsWithBreak(replaced)) {
				body.append("\\ No newline at end of file\n");
			}
			line = block.last() + 1;
		}
		for (; line <= last; line++) {
			body.append(' ').append(lineText(line)).append('\n');
			noNewlineMarker(body, line);
			oldCount++;
			newCount++;
		}
		out.append("@@ -").append(first).append(',').append(oldCount).append(" +").append(first + lineDelta)
				.append(',').append(newCount).append(" @@\n").append(body);
		return lineDelta + newCount - oldCount;
	}

	private void noNewlineMarker(StringBuilder body, int line) {
		if (line == source.lineCount() && source.lineEnd(line) == text.length() && !text.isEmpty()
				&& !endsWithBreak(text)) {
			body.append("\\ No newline at end of file\n");
		}
	}

	private String lineText(int line) {
		return text.substring(source.lineStart(line), source.lineEnd(line));
	}

	private int lineEndWithBreak(int line) {
		return line < source.lineCount() ? source.lineStart(line + 1) : text.length();
	}

	private static boolean endsWithBreak(String s) {
		return s.endsWith("\n") || s.endsWith("\r");
	}

	private static List<String> splitLines(String s) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(s.substring(start, i));
				if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < s.length()) {
			lines.add(s.substring(start));
		}
		return lines;
	}
}
