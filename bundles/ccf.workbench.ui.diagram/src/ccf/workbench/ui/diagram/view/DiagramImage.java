/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import ccf.workbench.ui.diagram.layout.TopologyDiagram;

/**
 * A diagram rendered on white as image data, for the PNG export. It is painted in tiles: on GTK an SWT image of tens of
 * millions of pixels can come back unpainted, all black (7499 × 30027 px did, and 1000 × 32767 px, while 1000 × 32000
 * px did not). A diagram larger than {@link #MAX_SIDE} on a side or {@link #MAX_PIXELS} in all is scaled down to fit,
 * which image viewers open and the heap holds; the SVG export keeps every detail.
 */
final class DiagramImage {

	static final int MAX_SIDE = 16384;
	static final long MAX_PIXELS = 8192L * 8192;
	private static final int TILE = 2048;

	private DiagramImage() {
	}

	/** @return the scale, at most 1, at which a diagram of this size fits the limits */
	static double scaleToFit(double width, double height) {
		double side = MAX_SIDE / Math.max(1, Math.max(width, height));
		double area = Math.sqrt(MAX_PIXELS / Math.max(1, width * height));
		return Math.min(1, Math.min(side, area));
	}

	static ImageData render(Display display, TopologyPainter painter, TopologyDiagram diagram) {
		double scale = scaleToFit(diagram.width(), diagram.height());
		int width = Math.max(1, (int) Math.min(MAX_SIDE, Math.ceil(diagram.width() * scale)));
		int height = Math.max(1, (int) Math.min(MAX_SIDE, Math.ceil(diagram.height() * scale)));
		ImageData whole = null;
		for (int top = 0; top < height; top += TILE) {
			for (int left = 0; left < width; left += TILE) {
				ImageData tile = tile(display, painter, diagram, scale, left, top, Math.min(TILE, width - left),
						Math.min(TILE, height - top));
				if (whole == null) {
					whole = new ImageData(width, height, tile.depth, tile.palette);
				}
				copy(tile, whole, left, top);
			}
		}
		return whole;
	}

	private static ImageData tile(Display display, TopologyPainter painter, TopologyDiagram diagram, double scale,
			int left, int top, int width, int height) {
		Image image = new Image(display, width, height);
		try {
			GC gc = new GC(image);
			Transform transform = new Transform(display);
			try {
				gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(0, 0, width, height);
				transform.translate(-left, -top);
				transform.scale((float) scale, (float) scale);
				gc.setTransform(transform);
				painter.paint(gc, diagram, null,
						new DiagramArea(left / scale, top / scale, (left + width) / scale, (top + height) / scale));
			} finally {
				transform.dispose();
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** Copies a tile's rows into the whole image at (left, top); both have the same depth, a whole number of bytes. */
	private static void copy(ImageData tile, ImageData whole, int left, int top) {
		int bytesPerPixel = tile.depth / 8;
		for (int row = 0; row < tile.height; row++) {
			System.arraycopy(tile.data, row * tile.bytesPerLine, whole.data,
					(top + row) * whole.bytesPerLine + left * bytesPerPixel, tile.width * bytesPerPixel);
		}
	}
}
