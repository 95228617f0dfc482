/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

/** The size of text in the font the diagram is drawn with (an SWT GC on screen, a fixed estimate for SVG alone). */
public interface TextMeasure {

	double width(String text);

	double lineHeight();

	/** An estimate for a 9-point sans-serif font, for layouts made without a display. */
	TextMeasure ESTIMATE = new TextMeasure() {
		@Override
		public double width(String text) {
			return text.length() * 6.5;
		}

		@Override
		public double lineHeight() {
			return 15;
		}
	};
}
