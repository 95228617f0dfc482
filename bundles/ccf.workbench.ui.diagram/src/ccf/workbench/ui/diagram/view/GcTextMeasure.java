/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

import ccf.workbench.ui.diagram.layout.TextMeasure;

/** Text sizes in the bold variant of a control's font (the widest the painter uses), measured with a GC. */
final class GcTextMeasure implements TextMeasure, AutoCloseable {

	private final GC gc;
	private final double lineHeight;

	GcTextMeasure(Control control, Font font) {
		gc = new GC(control);
		gc.setFont(font);
		lineHeight = gc.getFontMetrics().getHeight() + 2;
	}

	@Override
	public double width(String text) {
		return gc.textExtent(text).x;
	}

	@Override
	public double lineHeight() {
		return lineHeight;
	}

	@Override
	public void close() {
		gc.dispose();
	}
}
