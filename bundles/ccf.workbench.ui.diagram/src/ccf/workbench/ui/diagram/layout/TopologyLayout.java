/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import ccf.workbench.ui.diagram.topology.Topology;
import ccf.workbench.ui.diagram.topology.TopologyEdge;
import ccf.workbench.ui.diagram.topology.TopologyNode;

/**
 * Lays a topology out left to right with ELK's layered algorithm, in the order a Kerberos request travels: clients,
 * URLs, alias, server, pool, account, services. Node sizes come from the text they show.
 */
public final class TopologyLayout {

	static {
		// ELK finds its algorithms through ServiceLoader, which does not see across OSGi bundles: register layered here.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/**
	 * Up to this many nodes, the nodes keep the order of the text. ELK sorts them by comparing every pair of a layer,
	 * which took 300 ms of a 370 ms layout at 428 nodes and minutes at 14,000 (releng/bench/diagram.sh).
	 */
	public static final int ORDERED_NODES = 150;

	private TopologyLayout() {
	}

	public static TopologyDiagram layout(Topology topology, TextMeasure measure) {
		return layout(topology, measure, () -> false);
	}

	/**
	 * Lays {@code topology} out unless {@code stop} says so before it is done: ELK asks before each of its phases.
	 *
	 * @throws OperationCanceledException when stopped
	 */
	public static TopologyDiagram layout(Topology topology, TextMeasure measure, BooleanSupplier stop) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 16.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
		// The path has cycles (a service's Web.config names the server it runs on): break them against the path's order.
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
		if (topology.nodes().size() <= ORDERED_NODES) {
			// Services and clients in the order the text lists them, as far as crossings allow.
			root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		} else {
			// One pass of crossing minimisation: more passes cost twice the time for few crossings fewer.
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
		}

		Map<String, ElkNode> shapes = new HashMap<>();
		List<TopologyNode> inPathOrder = topology.nodes().stream()
				.sorted(Comparator.comparing(TopologyNode::kind)).toList();
		for (TopologyNode node : inPathOrder) {
			ElkNode shape = ElkGraphUtil.createNode(root);
			shape.setIdentifier(node.id());
			shape.setDimensions(width(node, measure), height(node, measure));
			shapes.put(node.id(), shape);
		}
		Map<TopologyEdge, ElkEdge> connections = new IdentityHashMap<>();
		List<TopologyEdge> laidOut = new ArrayList<>();
		for (TopologyEdge edge : topology.edges()) {
			ElkNode source = shapes.get(edge.sourceId());
			ElkNode target = shapes.get(edge.targetId());
			if (source == null || target == null) {
				continue;
			}
			ElkEdge connection = ElkGraphUtil.createSimpleEdge(source, target);
			if (!edge.label().isEmpty()) {
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), connection);
				label.setDimensions(measure.width(edge.label()) + 4, measure.lineHeight());
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			connections.put(edge, connection);
			laidOut.add(edge);
		}

		new RecursiveGraphLayoutEngine().layout(root, new StoppableMonitor(stop));
		if (stop.getAsBoolean()) {
			throw new OperationCanceledException();
		}

		List<NodeBox> boxes = topology.nodes().stream().map(node -> {
			ElkNode shape = shapes.get(node.id());
			return new NodeBox(node, shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
		}).toList();
		List<EdgeRoute> routes = laidOut.stream().map(edge -> route(edge, connections.get(edge))).toList();
		return new TopologyDiagram(topology, boxes, routes, root.getWidth(), root.getHeight());
	}

	/**
	 * The previous layout with the texts and problems of {@code topology}, when nothing the layout depends on changed:
	 * the same nodes in the same order and sizes, the same edges with the same labels. Most edits that fix or cause a
	 * problem are such edits; they then cost no layout.
	 */
	public static Optional<TopologyDiagram> reuse(TopologyDiagram previous, Topology topology, TextMeasure measure) {
		if (previous.nodes().size() != topology.nodes().size() || previous.edges().size() != topology.edges().size()) {
			return Optional.empty();
		}
		List<NodeBox> boxes = new ArrayList<>(topology.nodes().size());
		for (int i = 0; i < topology.nodes().size(); i++) {
			NodeBox old = previous.nodes().get(i);
			TopologyNode node = topology.nodes().get(i);
			if (!old.node().id().equals(node.id()) || old.width() != width(node, measure)
					|| old.height() != height(node, measure)) {
				return Optional.empty();
			}
			boxes.add(new NodeBox(node, old.x(), old.y(), old.width(), old.height()));
		}
		List<EdgeRoute> routes = new ArrayList<>(topology.edges().size());
		for (int i = 0; i < topology.edges().size(); i++) {
			EdgeRoute old = previous.edges().get(i);
			TopologyEdge edge = topology.edges().get(i);
			if (!old.edge().sourceId().equals(edge.sourceId()) || !old.edge().targetId().equals(edge.targetId())
					|| !old.edge().label().equals(edge.label())) {
				return Optional.empty();
			}
			routes.add(new EdgeRoute(edge, old.points(), old.labelAt()));
		}
		return Optional.of(new TopologyDiagram(topology, boxes, routes, previous.width(), previous.height()));
	}

	private static EdgeRoute route(TopologyEdge edge, ElkEdge connection) {
		List<DiagramPoint> points = new ArrayList<>();
		for (ElkEdgeSection section : connection.getSections()) {
			points.add(new DiagramPoint(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new DiagramPoint(bend.getX(), bend.getY()));
			}
			points.add(new DiagramPoint(section.getEndX(), section.getEndY()));
		}
		DiagramPoint labelAt = connection.getLabels().isEmpty() ? null
				: new DiagramPoint(connection.getLabels().get(0).getX(), connection.getLabels().get(0).getY());
		return new EdgeRoute(edge, points, labelAt);
	}

	static double width(TopologyNode node, TextMeasure measure) {
		double widest = measure.width(node.kind().label());
		for (String line : node.lines()) {
			widest = Math.max(widest, measure.width(line));
		}
		return Math.ceil(widest + 2 * DiagramStyle.PADDING);
	}

	static double height(TopologyNode node, TextMeasure measure) {
		return Math.ceil((node.lines().size() + 1) * measure.lineHeight() + 2 * DiagramStyle.PADDING);
	}
}
