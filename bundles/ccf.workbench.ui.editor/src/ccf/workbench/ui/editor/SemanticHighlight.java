/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;

/** A range of a document in a semantic style, kept current by the document's position updater. */
final class SemanticHighlight extends Position {

	final SemanticStyle style;

	SemanticHighlight(int offset, int length, SemanticStyle style) {
		super(offset, length);
		this.style = style;
	}

	/** @return the smallest region outside which two lists of highlights, sorted by offset, are the same, or null */
	static IRegion changed(List<SemanticHighlight> old, List<SemanticHighlight> found) {
		int first = 0;
		while (first < old.size() && first < found.size() && same(old.get(first), found.get(first))) {
			first++;
		}
		int lastOld = old.size() - 1;
		int lastFound = found.size() - 1;
		while (lastOld >= first && lastFound >= first && same(old.get(lastOld), found.get(lastFound))) {
			lastOld--;
			lastFound--;
		}
		if (lastOld < first && lastFound < first) {
			return null;
		}
		int start = Integer.MAX_VALUE;
		int end = 0;
		for (List<SemanticHighlight> list : List.of(old.subList(first, lastOld + 1), found.subList(first, lastFound + 1))) {
			for (SemanticHighlight highlight : list) {
				start = Math.min(start, highlight.getOffset());
				end = Math.max(end, highlight.getOffset() + highlight.getLength());
			}
		}
		return new Region(start, end - start);
	}

	private static boolean same(SemanticHighlight a, SemanticHighlight b) {
		return a.getOffset() == b.getOffset() && a.getLength() == b.getLength() && a.style == b.style
				&& a.isDeleted() == b.isDeleted();
	}
}
