/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import java.util.List;

import ccf.workbench.ui.diagram.topology.TopologyEdge;

/**
 * Where the layout routed an edge: its points from source to target, and the top left corner of its label (null
 * when it has none).
 */
public record EdgeRoute(TopologyEdge edge, List<DiagramPoint> points, DiagramPoint labelAt) {

	public EdgeRoute {
		points = List.copyOf(points);
	}

	/** Whether a point lies within {@code tolerance} of the route. */
	public boolean passesNear(double x, double y, double tolerance) {
		for (int i = 1; i < points.size(); i++) {
			if (distance(points.get(i - 1), points.get(i), x, y) <= tolerance) {
				return true;
			}
		}
		return false;
	}

	private static double distance(DiagramPoint a, DiagramPoint b, double x, double y) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared));
		return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
	}
}
