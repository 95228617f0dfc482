/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import ccf.workbench.ui.diagram.topology.TopologyNode;

/** Where the layout put a node, in diagram coordinates. */
public record NodeBox(TopologyNode node, double x, double y, double width, double height) {

	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	public DiagramPoint center() {
		return new DiagramPoint(x + width / 2, y + height / 2);
	}
}
