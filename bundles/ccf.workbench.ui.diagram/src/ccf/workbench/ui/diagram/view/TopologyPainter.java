/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

import ccf.workbench.ui.diagram.layout.DiagramPoint;
import ccf.workbench.ui.diagram.layout.DiagramStyle;
import ccf.workbench.ui.diagram.layout.EdgeRoute;
import ccf.workbench.ui.diagram.layout.NodeBox;
import ccf.workbench.ui.diagram.layout.TextMeasure;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.topology.TopologyNode;

/**
 * Paints a laid-out topology in diagram coordinates; the caller sets the GC's transform (zoom and pan). Only the nodes
 * and edges that meet the area to paint are painted, so that a big diagram costs what is in view.
 */
final class TopologyPainter {

	/** How far an arrowhead or a thick stroke reaches beyond the points of an edge or the box of a node. */
	private static final double REACH = 8;

	private final Font font;
	private final Font bold;
	private final TextMeasure measure;

	/** @param measure the size of text in {@code bold}, with which the diagram was laid out */
	TopologyPainter(Font font, Font bold, TextMeasure measure) {
		this.font = font;
		this.bold = bold;
		this.measure = measure;
	}

	void paint(GC gc, TopologyDiagram diagram, String selectedId, DiagramArea area) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setFont(font);
		for (EdgeRoute route : diagram.edges()) {
			if (meets(area, route)) {
				paint(gc, route);
			}
		}
		for (NodeBox box : diagram.nodes()) {
			if (area.meets(box.x(), box.y(), box.width(), box.height(), REACH)) {
				paint(gc, box, box.node().id().equals(selectedId));
			}
		}
	}

	private boolean meets(DiagramArea area, EdgeRoute route) {
		double left = Double.POSITIVE_INFINITY;
		double top = Double.POSITIVE_INFINITY;
		double right = Double.NEGATIVE_INFINITY;
		double bottom = Double.NEGATIVE_INFINITY;
		for (DiagramPoint point : route.points()) {
			left = Math.min(left, point.x());
			top = Math.min(top, point.y());
			right = Math.max(right, point.x());
			bottom = Math.max(bottom, point.y());
		}
		if (route.labelAt() != null) {
			left = Math.min(left, route.labelAt().x());
			top = Math.min(top, route.labelAt().y());
			right = Math.max(right, route.labelAt().x() + measure.width(route.edge().label()));
			bottom = Math.max(bottom, route.labelAt().y() + measure.lineHeight());
		}
		return left <= right && area.meets(left, top, right - left, bottom - top, REACH);
	}

	private void paint(GC gc, EdgeRoute route) {
		boolean broken = route.edge().hasProblems();
		Color color = new Color(rgb(broken ? DiagramStyle.PROBLEM : DiagramStyle.EDGE));
		gc.setForeground(color);
		gc.setBackground(color);
		gc.setLineWidth(broken ? 2 : 1);
		List<DiagramPoint> points = route.points();
		int[] polyline = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			polyline[2 * i] = (int) Math.round(points.get(i).x());
			polyline[2 * i + 1] = (int) Math.round(points.get(i).y());
		}
		gc.drawPolyline(polyline);
		if (points.size() >= 2) {
			arrowHead(gc, points.get(points.size() - 2), points.get(points.size() - 1));
		}
		if (route.labelAt() != null) {
			gc.setForeground(new Color(rgb(broken ? DiagramStyle.PROBLEM : DiagramStyle.CAPTION)));
			gc.drawText(route.edge().label(), (int) route.labelAt().x() + 2, (int) route.labelAt().y(), true);
		}
		gc.setLineWidth(1);
	}

	private static void arrowHead(GC gc, DiagramPoint from, DiagramPoint to) {
		double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
		double size = 8;
		int[] head = { (int) Math.round(to.x()), (int) Math.round(to.y()),
				(int) Math.round(to.x() - size * Math.cos(angle - 0.4)), (int) Math.round(to.y() - size * Math.sin(angle - 0.4)),
				(int) Math.round(to.x() - size * Math.cos(angle + 0.4)), (int) Math.round(to.y() - size * Math.sin(angle + 0.4)) };
		gc.fillPolygon(head);
	}

	private void paint(GC gc, NodeBox box, boolean selected) {
		TopologyNode node = box.node();
		boolean broken = node.hasProblems();
		int x = (int) Math.round(box.x());
		int y = (int) Math.round(box.y());
		int width = (int) Math.round(box.width());
		int height = (int) Math.round(box.height());
		int arc = (int) DiagramStyle.ARC;
		gc.setBackground(new Color(rgb(broken ? DiagramStyle.PROBLEM_FILL : DiagramStyle.fill(node.kind()))));
		gc.fillRoundRectangle(x, y, width, height, arc, arc);
		gc.setForeground(new Color(rgb(selected ? DiagramStyle.SELECTION
				: broken ? DiagramStyle.PROBLEM : DiagramStyle.stroke(node.kind()))));
		gc.setLineWidth(selected ? 3 : broken ? 2 : 1);
		gc.drawRoundRectangle(x, y, width, height, arc, arc);
		gc.setLineWidth(1);
		int textX = x + (int) DiagramStyle.PADDING;
		int textY = y + (int) DiagramStyle.PADDING;
		gc.setFont(font);
		gc.setForeground(new Color(rgb(DiagramStyle.CAPTION)));
		gc.drawText(node.kind().label(), textX, textY, true);
		gc.setForeground(new Color(rgb(broken ? DiagramStyle.PROBLEM : DiagramStyle.TEXT)));
		for (int i = 0; i < node.lines().size(); i++) {
			gc.setFont(i == 0 ? bold : font);
			gc.drawText(node.lines().get(i), textX, textY + (int) Math.round((i + 1) * measure.lineHeight()), true);
		}
		gc.setFont(font);
	}

	static org.eclipse.swt.graphics.RGB rgb(int value) {
		return new org.eclipse.swt.graphics.RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
	}
}
