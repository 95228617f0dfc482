/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

import ccf.workbench.ui.diagram.layout.TextMeasure;

/**
 * Text sizes in the bold variant of a control's font (the widest the painter uses), from the widths of its characters
 * measured once on the UI thread: a layout job measures with it, since a GC on GTK serves the UI thread only.
 */
final class FontWidths implements TextMeasure {

	/** Latin-1 and Latin Extended-A, which the names of hosts, accounts and URLs are written in. */
	private static final char FIRST = ' ';
	private static final char LAST = '\u017F';
	/** The arrows and dashes the topology's own texts use. */
	private static final String SYMBOLS = "\u2192\u2190\u2013\u2014\u2026";
	private final double[] widths = new double[LAST - FIRST + 1];
	private final double[] symbolWidths = new double[SYMBOLS.length()];
	private final double unmeasuredWidth;
	private final double lineHeight;

	FontWidths(Control control, Font font) {
		GC gc = new GC(control);
		try {
			gc.setFont(font);
			double widest = 0;
			for (char c = FIRST; c <= LAST; c++) {
				widths[c - FIRST] = single(gc, c);
				widest = Math.max(widest, widths[c - FIRST]);
			}
			for (int i = 0; i < SYMBOLS.length(); i++) {
				symbolWidths[i] = single(gc, SYMBOLS.charAt(i));
			}
			int height = gc.getFontMetrics().getHeight();
			// Wide enough for a full-width glyph (CJK), which is about as wide as the font is high.
			unmeasuredWidth = Math.max(widest, height);
			lineHeight = height + 2;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * A character's width in whole pixels, as GTK advances each glyph of a text: "DNS" is 32 px as a text and letter by
	 * letter, where runs of 16 of each letter make 31.06 px. Kerning only narrows a text.
	 */
	private static double single(GC gc, char c) {
		return gc.textExtent(String.valueOf(c)).x;
	}

	@Override
	public double width(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += width(text.charAt(i));
		}
		return width;
	}

	private double width(char c) {
		if (c >= FIRST && c <= LAST) {
			return widths[c - FIRST];
		}
		int symbol = SYMBOLS.indexOf(c);
		if (symbol >= 0) {
			return symbolWidths[symbol];
		}
		// The second half of a surrogate pair adds nothing: the first counts for the whole character.
		return Character.isLowSurrogate(c) ? 0 : unmeasuredWidth;
	}

	@Override
	public double lineHeight() {
		return lineHeight;
	}
}
