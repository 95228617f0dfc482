/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.topology;

import java.util.List;
import java.util.Optional;

/** The Kerberos path of one deployment: an immutable snapshot, independent of the parsed text it came from. */
public record Topology(String deployment, List<TopologyNode> nodes, List<TopologyEdge> edges) {

	public static final Topology EMPTY = new Topology("", List.of(), List.of());

	public Topology {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	public Optional<TopologyNode> node(String id) {
		return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
	}

	public List<TopologyNode> nodes(ElementKind kind) {
		return nodes.stream().filter(node -> node.kind() == kind).toList();
	}
}
