/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import ccf.workbench.ui.diagram.layout.DiagramPoint;
import ccf.workbench.ui.diagram.layout.EdgeRoute;
import ccf.workbench.ui.diagram.layout.NodeBox;
import ccf.workbench.ui.diagram.layout.DiagramStyle;
import ccf.workbench.ui.diagram.layout.TextMeasure;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.topology.TopologyNode;

/**
 * A canvas that shows a topology: zoom with Ctrl+wheel (around the pointer) or {@link #zoom}, pan by dragging the
 * background, click a node to select it, hover a red node or edge for its problems. A layout under way keeps the
 * previous diagram in view, with a hint once it takes a while.
 */
public final class TopologyCanvas extends Canvas {

	private static final double MIN_SCALE = 0.1;
	private static final double MAX_SCALE = 4;

	private static final int HINT_DELAY_MILLIS = 300;

	private final Font bold;
	private final FontWidths measure;
	/** Read by the layout job too, to reuse the layout of an unchanged structure. */
	private volatile TopologyDiagram diagram = TopologyDiagram.EMPTY;
	private boolean layingOut;
	private boolean hinting;
	private final Runnable hint = () -> {
		hinting = layingOut;
		redraw();
	};
	private double scale = 1;
	private double offsetX;
	private double offsetY;
	private String selectedId;
	private Point dragStart;
	private Consumer<TopologyNode> selectionListener = node -> {
	};

	public TopologyCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		FontData[] data = getFont().getFontData();
		for (FontData each : data) {
			each.setStyle(SWT.BOLD);
		}
		bold = new Font(getDisplay(), data);
		measure = new FontWidths(this, bold);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, event -> dragStart = null);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.Dispose, event -> bold.dispose());
	}

	/** The size of text in this canvas's fonts, for layouts made in any thread. */
	public TextMeasure measure() {
		return measure;
	}

	/** Shows a diagram laid out with {@link #measure()}, keeping zoom and pan, and ends the hint of a layout. */
	public void show(TopologyDiagram next) {
		boolean changed = next != diagram || hinting;
		diagram = next;
		layingOut = false;
		hinting = false;
		getDisplay().timerExec(-1, hint);
		if (selectedId != null && diagram.box(selectedId).isEmpty()) {
			selectedId = null;
		}
		if (changed) {
			redraw();
		}
	}

	/** Says that a new layout is under way: the diagram stays, and a hint shows when it takes a while. */
	public void layingOut() {
		if (!layingOut) {
			layingOut = true;
			getDisplay().timerExec(HINT_DELAY_MILLIS, hint);
		}
	}

	public boolean showsLayingOutHint() {
		return hinting;
	}

	public TopologyDiagram diagram() {
		return diagram;
	}

	public double lineHeight() {
		return measure.lineHeight();
	}

	public void onSelection(Consumer<TopologyNode> listener) {
		selectionListener = listener;
	}

	public Optional<TopologyNode> selection() {
		return selectedId == null ? Optional.empty() : diagram.box(selectedId).map(NodeBox::node);
	}

	/** Selects a node, without telling the selection listener, and scrolls it into view; null clears the selection. */
	public void select(String nodeId) {
		if (java.util.Objects.equals(nodeId, selectedId)) {
			return;
		}
		selectedId = nodeId;
		if (nodeId != null) {
			diagram.box(nodeId).ifPresent(this::reveal);
		}
		redraw();
	}

	private void reveal(NodeBox box) {
		Rectangle area = getClientArea();
		Point topLeft = toControl(new DiagramPoint(box.x(), box.y()));
		Point bottomRight = toControl(new DiagramPoint(box.x() + box.width(), box.y() + box.height()));
		if (topLeft.x < 0 || topLeft.y < 0 || bottomRight.x > area.width || bottomRight.y > area.height) {
			DiagramPoint center = box.center();
			offsetX = area.width / 2.0 - center.x() * scale;
			offsetY = area.height / 2.0 - center.y() * scale;
		}
	}

	public double scale() {
		return scale;
	}

	/** Zooms by {@code factor} around the centre of the canvas. */
	public void zoom(double factor) {
		Rectangle area = getClientArea();
		zoom(factor, area.width / 2.0, area.height / 2.0);
	}

	private void zoom(double factor, double aroundX, double aroundY) {
		double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
		offsetX = aroundX - (aroundX - offsetX) * next / scale;
		offsetY = aroundY - (aroundY - offsetY) * next / scale;
		scale = next;
		redraw();
	}

	/** Scales and centres the diagram to fit the canvas, never above 100 %. */
	public void fit() {
		Rectangle area = getClientArea();
		if (diagram.width() <= 0 || area.width <= 0 || area.height <= 0) {
			return;
		}
		scale = Math.max(MIN_SCALE, Math.min(1, Math.min(area.width / diagram.width(), area.height / diagram.height())));
		offsetX = (area.width - diagram.width() * scale) / 2;
		offsetY = (area.height - diagram.height() * scale) / 2;
		redraw();
	}

	/** @return a point of the diagram in this control's coordinates */
	public Point toControl(DiagramPoint point) {
		return new Point((int) Math.round(point.x() * scale + offsetX), (int) Math.round(point.y() * scale + offsetY));
	}

	private DiagramPoint toDiagram(int x, int y) {
		return new DiagramPoint((x - offsetX) / scale, (y - offsetY) / scale);
	}

	/** Renders the whole diagram on white as image data (for PNG export): at 100 %, or scaled down to fit a PNG. */
	public ImageData renderImage() {
		return DiagramImage.render(getDisplay(), new TopologyPainter(getFont(), bold, measure), diagram);
	}

	private void paint(Event event) {
		GC gc = event.gc;
		gc.setBackground(getBackground());
		gc.fillRectangle(getClientArea());
		Transform transform = new Transform(getDisplay());
		try {
			transform.translate((float) offsetX, (float) offsetY);
			transform.scale((float) scale, (float) scale);
			gc.setTransform(transform);
			DiagramPoint from = toDiagram(event.x, event.y);
			DiagramPoint to = toDiagram(event.x + event.width, event.y + event.height);
			new TopologyPainter(getFont(), bold, measure).paint(gc, diagram, selectedId,
					new DiagramArea(from.x(), from.y(), to.x(), to.y()));
			gc.setTransform(null);
		} finally {
			transform.dispose();
		}
		if (hinting) {
			paintHint(gc);
		}
	}

	private void paintHint(GC gc) {
		String text = "Laying out\u2026";
		Point size = gc.textExtent(text);
		Rectangle area = getClientArea();
		gc.setForeground(new Color(TopologyPainter.rgb(DiagramStyle.CAPTION)));
		gc.setBackground(getBackground());
		gc.drawText(text, area.x + area.width - size.x - 8, area.y + 4);
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		setFocus();
		DiagramPoint at = toDiagram(event.x, event.y);
		Optional<NodeBox> hit = diagram.nodeAt(at.x(), at.y());
		if (hit.isPresent()) {
			selectedId = hit.get().node().id();
			redraw();
			selectionListener.accept(hit.get().node());
		} else {
			dragStart = new Point(event.x, event.y);
		}
	}

	private void mouseMove(Event event) {
		if (dragStart != null && (event.stateMask & SWT.BUTTON1) != 0) {
			offsetX += event.x - dragStart.x;
			offsetY += event.y - dragStart.y;
			dragStart = new Point(event.x, event.y);
			redraw();
			return;
		}
		setToolTipText(problemsAt(event.x, event.y));
	}

	/** @return the problems of the node or edge under a point of the control, or null */
	public String problemsAt(int x, int y) {
		DiagramPoint at = toDiagram(x, y);
		Optional<NodeBox> node = diagram.nodeAt(at.x(), at.y());
		if (node.isPresent()) {
			return node.get().node().hasProblems() ? String.join("\n\n", node.get().node().problems()) : null;
		}
		return diagram.edgeNear(at.x(), at.y(), 4 / scale).map(EdgeRoute::edge).filter(edge -> edge.hasProblems())
				.map(edge -> String.join("\n\n", edge.problems())).orElse(null);
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoom(event.count > 0 ? 1.1 : 1 / 1.1, event.x, event.y);
			event.doit = false;
		} else {
			offsetY += event.count * 10;
			redraw();
		}
	}
}
