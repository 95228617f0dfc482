/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import java.util.List;
import java.util.Optional;

import ccf.workbench.ui.diagram.topology.Topology;

/** A topology with its layout: what the canvas paints, the PNG export renders and the SVG writer writes. */
public record TopologyDiagram(Topology topology, List<NodeBox> nodes, List<EdgeRoute> edges, double width, double height) {

	public static final TopologyDiagram EMPTY = new TopologyDiagram(Topology.EMPTY, List.of(), List.of(), 0, 0);

	public TopologyDiagram {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	public Optional<NodeBox> nodeAt(double x, double y) {
		return nodes.stream().filter(box -> box.contains(x, y)).findFirst();
	}

	public Optional<EdgeRoute> edgeNear(double x, double y, double tolerance) {
		return edges.stream().filter(route -> route.passesNear(x, y, tolerance)).findFirst();
	}

	public Optional<NodeBox> box(String nodeId) {
		return nodes.stream().filter(box -> box.node().id().equals(nodeId)).findFirst();
	}
}
