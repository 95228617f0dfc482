/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import java.util.List;
import java.util.Locale;

import ccf.workbench.ui.diagram.topology.TopologyNode;

/**
 * Writes a laid-out topology as a standalone SVG document: the same boxes, routes and colours as the canvas, the
 * problems of a node or an edge as its {@code <title>} (a tooltip in browsers).
 */
public final class SvgWriter {

	private final StringBuilder svg = new StringBuilder();
	private final double lineHeight;

	private SvgWriter(double lineHeight) {
		this.lineHeight = lineHeight;
	}

	public static String write(TopologyDiagram diagram, double lineHeight) {
		SvgWriter writer = new SvgWriter(lineHeight);
		writer.document(diagram);
		return writer.svg.toString();
	}

	private void document(TopologyDiagram diagram) {
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
						+ " font-family=\"sans-serif\" font-size=\"12\">\n",
				diagram.width(), diagram.height(), diagram.width(), diagram.height()));
		svg.append("<title>").append(escape(diagram.topology().deployment())).append("</title>\n");
		svg.append("<defs>").append(marker("arrow", DiagramStyle.EDGE)).append(marker("arrow-problem", DiagramStyle.PROBLEM))
				.append("</defs>\n");
		diagram.edges().forEach(this::edge);
		diagram.nodes().forEach(this::node);
		svg.append("</svg>\n");
	}

	private void edge(EdgeRoute route) {
		boolean broken = route.edge().hasProblems();
		svg.append("<g class=\"edge").append(broken ? " problem" : "").append("\">");
		title(route.edge().problems());
		svg.append("<polyline fill=\"none\" stroke=\"").append(color(broken ? DiagramStyle.PROBLEM : DiagramStyle.EDGE))
				.append("\" stroke-width=\"").append(broken ? "2" : "1").append("\" marker-end=\"url(#")
				.append(broken ? "arrow-problem" : "arrow").append(")\" points=\"");
		for (DiagramPoint point : route.points()) {
			svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
		}
		svg.append("\"/>");
		if (route.labelAt() != null) {
			text(route.labelAt().x() + 2, route.labelAt().y(), route.edge().label(),
					broken ? DiagramStyle.PROBLEM : DiagramStyle.CAPTION, false);
		}
		svg.append("</g>\n");
	}

	private void node(NodeBox box) {
		TopologyNode node = box.node();
		boolean broken = node.hasProblems();
		svg.append("<g class=\"node ").append(node.kind().name().toLowerCase(Locale.ROOT)).append(broken ? " problem" : "")
				.append("\" id=\"").append(escape(node.id())).append("\">");
		title(node.problems());
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
				box.x(), box.y(), box.width(), box.height(), DiagramStyle.ARC / 2,
				color(broken ? DiagramStyle.PROBLEM_FILL : DiagramStyle.fill(node.kind())),
				color(broken ? DiagramStyle.PROBLEM : DiagramStyle.stroke(node.kind())), broken ? "2" : "1"));
		double x = box.x() + DiagramStyle.PADDING;
		double y = box.y() + DiagramStyle.PADDING;
		text(x, y, node.kind().label(), DiagramStyle.CAPTION, false);
		for (int i = 0; i < node.lines().size(); i++) {
			text(x, y + (i + 1) * lineHeight, node.lines().get(i), broken ? DiagramStyle.PROBLEM : DiagramStyle.TEXT, i == 0);
		}
		svg.append("</g>\n");
	}

	/** An arrowhead in one colour (SVG 1.1 has no marker that takes the colour of its line). */
	private static String marker(String id, int color) {
		return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
				+ " markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"" + color(color)
				+ "\"/></marker>";
	}

	private void title(List<String> problems) {
		if (!problems.isEmpty()) {
			svg.append("<title>").append(escape(String.join("\n", problems))).append("</title>");
		}
	}

	/** Text whose top left corner is at (x, y), as SWT draws it. */
	private void text(double x, double y, String text, int color, boolean bold) {
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"hanging\" fill=\"%s\"%s>",
				x, y + 1, color(color), bold ? " font-weight=\"bold\"" : ""));
		svg.append(escape(text)).append("</text>");
	}

	private static String color(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			default -> {
				// XML 1.0 allows no control characters other than tab and line ends
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					escaped.appendCodePoint(c);
				} else {
					escaped.append('\uFFFD');
				}
			}
			}
		});
		return escaped.toString();
	}
}
