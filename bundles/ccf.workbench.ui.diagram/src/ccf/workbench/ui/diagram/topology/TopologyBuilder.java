/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.query.EndpointQueries;
import ccf.workbench.model.query.HostQueries;
import ccf.workbench.model.query.SpnQueries;
import ccf.workbench.model.validation.Finding;

/**
 * Builds the Kerberos path of a deployment: client groups, the hosts their endpoint URLs name, the alias and its
 * CNAME in the domain's DNS, the IIS servers with their pools, the accounts the pools run as with their SPNs, the
 * CCF services, and the SQL Servers with their databases. The findings of the model mark the nodes and edges where
 * the path breaks.
 */
public final class TopologyBuilder {

	private final Deployment deployment;
	private final Function<EObject, TextRegion> regions;
	private final Map<EObject, NodeDraft> nodes = new IdentityHashMap<>();
	private final Map<String, NodeDraft> byId = new LinkedHashMap<>();
	private final List<EdgeDraft> edges = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();

	private TopologyBuilder(Deployment deployment, Function<EObject, TextRegion> regions) {
		this.deployment = deployment;
		this.regions = regions;
	}

	/**
	 * @param findings the model's findings ({@code DeploymentRules.check(deployment)})
	 * @param regions  where each element is written in the text, {@link TextRegion#NONE} when nowhere
	 */
	public static Topology build(Deployment deployment, List<Finding> findings, Function<EObject, TextRegion> regions) {
		TopologyBuilder builder = new TopologyBuilder(deployment, regions);
		builder.addElements();
		builder.addFindings(findings);
		return builder.topology();
	}

	private void addElements() {
		for (Domain domain : deployment.getDomains()) {
			for (DomainController controller : domain.getControllers()) {
				NodeDraft node = node(controller, ElementKind.DOMAIN_CONTROLLER, controller.getName(),
						"DNS " + text(domain.getDnsName()));
				nodes.putIfAbsent(domain, node);
			}
		}
		for (WebServer server : deployment.getWebServers()) {
			addServer(server);
		}
		for (Alias alias : deployment.getAliases()) {
			addAlias(alias);
		}
		for (ClientGroup group : deployment.getClientGroups()) {
			NodeDraft node = node(group, ElementKind.CLIENT_GROUP, group.getName(),
					group.getKind().getLiteral() + " · " + String.join(", ", group.getHosts()));
			addEndpoints(node, group.getConfigFile());
		}
		for (SqlServer sql : deployment.getSqlServers()) {
			NodeDraft server = node(sql, ElementKind.SQL_SERVER, sql.getName(), text(sql.getInstance()));
			for (Database database : sql.getDatabases()) {
				NodeDraft node = node(database, ElementKind.DATABASE, database.getName());
				edge(server, node, "");
				addEndpoints(node, database.getEndpoints());
			}
		}
		for (WebServer server : deployment.getWebServers()) {
			for (ServiceInstallation installation : server.getServices()) {
				addEndpoints(nodes.get(installation), installation.getWebConfig());
			}
		}
	}

	private void addServer(WebServer server) {
		List<String> lines = new ArrayList<>();
		lines.add(text(server.getName()));
		lines.add("IIS " + (server.isSetIisVersion() ? server.getIisVersion().getLiteral() : "?")
				+ (server.isKernelModeAuthentication() ? " · kernel-mode" : ""));
		lines.addAll(spnLines(server));
		NodeDraft node = node(server, ElementKind.WEB_SERVER, lines);
		for (AppPool pool : server.getAppPools()) {
			NodeDraft poolNode = node(pool, ElementKind.APP_POOL, pool.getName(), pool.getIdentityType().getLiteral());
			edge(node, poolNode, "");
			ServiceAccount identity = pool.getIdentity();
			if (identity != null && !identity.eIsProxy()) {
				edge(poolNode, account(identity), "runs as");
			}
		}
		for (ServiceInstallation installation : server.getServices()) {
			String name = installation.getService() == null || installation.getService().eIsProxy() ? "?"
					: installation.getService().getName();
			NodeDraft service = node(installation, ElementKind.SERVICE, name, installation.effectiveVirtualPath());
			NodeDraft pool = installation.getPool() == null ? null : nodes.get(installation.getPool());
			edge(pool != null ? pool : node, service, "");
		}
	}

	private NodeDraft account(ServiceAccount account) {
		NodeDraft existing = nodes.get(account);
		if (existing != null) {
			return existing;
		}
		List<String> lines = new ArrayList<>();
		lines.add(HostQueries.qualifiedAccountName(account));
		lines.addAll(spnLines(account));
		return node(account, ElementKind.ACCOUNT, lines);
	}

	private List<String> spnLines(Principal owner) {
		return deployment.getSpns().stream().filter(spn -> spn.getOwner() == owner).map(SpnQueries::text)
				.map(text -> "SPN " + text).toList();
	}

	private void addAlias(Alias alias) {
		NodeDraft node = node(alias, ElementKind.ALIAS, alias.getName(),
				"CNAME " + text(alias.effectiveFqdn()) + " → " + text(alias.effectiveCanonicalName()));
		Domain domain = alias.domain();
		NodeDraft dns = domain == null ? null : nodes.get(domain);
		if (dns != null) {
			edge(node, dns, "CNAME in " + text(domain.getDnsName()));
		}
		for (WebServer server : alias.getTargets()) {
			NodeDraft target = nodes.get(server);
			if (target != null) {
				edge(node, target, "");
			}
		}
		Map<Principal, List<String>> spnsByOwner = new LinkedHashMap<>();
		for (ServicePrincipalName required : SpnQueries.required(deployment)) {
			if (alias.isNamedBy(required.getHost())) {
				spnsByOwner.computeIfAbsent(required.getOwner(), owner -> new ArrayList<>()).add(SpnQueries.text(required));
			}
		}
		spnsByOwner.forEach((owner, spns) -> {
			NodeDraft ownerNode = owner instanceof ServiceAccount account ? account(account) : nodes.get(owner);
			if (ownerNode != null) {
				EdgeDraft ticket = edge(node, ownerNode, String.join(", ", spns));
				ticket.spnAlias = alias;
				ticket.spnOwner = owner;
			}
		});
	}

	private void addEndpoints(NodeDraft owner, ConfigFile file) {
		if (owner != null && file != null) {
			addEndpoints(owner, file.getEndpoints());
		}
	}

	/** One node per host that the owner's endpoint URLs name, linked to the alias or server of that name. */
	private void addEndpoints(NodeDraft owner, List<EndpointReference> endpoints) {
		Map<String, List<EndpointReference>> byHost = new LinkedHashMap<>();
		for (EndpointReference endpoint : endpoints) {
			String host = EndpointQueries.host(endpoint);
			if (host != null) {
				byHost.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new ArrayList<>()).add(endpoint);
			}
		}
		byHost.forEach((key, named) -> {
			String host = EndpointQueries.host(named.get(0));
			NodeDraft node = node(named.get(0), ElementKind.ENDPOINTS, owner.lines.get(0) + " → " + host,
					List.of("http://" + host, named.size() + (named.size() == 1 ? " endpoint" : " endpoints")));
			named.forEach(endpoint -> nodes.put(endpoint, node));
			edge(owner, node, "");
			NodeDraft target = target(host);
			if (target != null) {
				edge(node, target, "");
			}
		});
	}

	private NodeDraft target(String host) {
		for (Alias alias : deployment.getAliases()) {
			if (alias.isNamedBy(host)) {
				return nodes.get(alias);
			}
		}
		EObject found = HostQueries.find(deployment, host);
		return found == null ? null : nodes.get(found);
	}

	private void addFindings(List<Finding> findings) {
		for (Finding finding : findings) {
			if ("spn-missing".equals(finding.code())) {
				addMissingSpn(finding);
			}
			NodeDraft node = nearestNode(finding.target());
			if (node != null && !node.problems.contains(finding.message())) {
				node.problems.add(finding.message());
			}
			if ("endpoint-names-real-server".equals(finding.code()) && node != null) {
				edges.stream().filter(edge -> edge.source == node).forEach(edge -> edge.problems.add(finding.message()));
			}
		}
	}

	/** A missing SPN breaks the ticket edge from the alias to the owner that must hold it. */
	private void addMissingSpn(Finding finding) {
		String ownerName = finding.fixData().size() > 1 ? finding.fixData().get(1) : "";
		for (EdgeDraft edge : edges) {
			if (edge.spnAlias == finding.target() && edge.spnOwner != null
					&& HostQueries.sameName(edge.spnOwner.getName(), ownerName)) {
				edge.problems.add(finding.message());
				if (!edge.target.problems.contains(finding.message())) {
					edge.target.problems.add(finding.message());
				}
			}
		}
	}

	/** The node of the element, or of the nearest container that has one; an SPN's problems go to its owner. */
	private NodeDraft nearestNode(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof ServicePrincipalName spn && spn.getOwner() != null) {
				return nodes.get(spn.getOwner());
			}
			NodeDraft node = nodes.get(current);
			if (node != null) {
				return node;
			}
		}
		return null;
	}

	private NodeDraft node(EObject element, ElementKind kind, String... lines) {
		List<String> texts = new ArrayList<>();
		for (String line : lines) {
			if (line != null && !line.isBlank()) {
				texts.add(line);
			}
		}
		return node(element, kind, texts);
	}

	private NodeDraft node(EObject element, ElementKind kind, List<String> lines) {
		return node(element, kind, lines.isEmpty() ? "" : lines.get(0), lines);
	}

	/** @param name what makes the node's id, {@code <kind>:<name>}, unique, normally its first line */
	private NodeDraft node(EObject element, ElementKind kind, String name, List<String> lines) {
		String base = kind.name().toLowerCase(Locale.ROOT) + ":" + name;
		String id = base;
		for (int n = 2; !ids.add(id); n++) {
			id = base + "#" + n;
		}
		NodeDraft node = new NodeDraft(id, kind, lines, regions.apply(element));
		nodes.put(element, node);
		byId.put(id, node);
		return node;
	}

	private EdgeDraft edge(NodeDraft source, NodeDraft target, String label) {
		EdgeDraft edge = new EdgeDraft(source, target, label);
		edges.add(edge);
		return edge;
	}

	private Topology topology() {
		List<TopologyNode> result = byId.values().stream()
				.map(node -> new TopologyNode(node.id, node.kind, node.lines, node.problems, node.region)).toList();
		List<TopologyEdge> links = edges.stream()
				.map(edge -> new TopologyEdge(edge.source.id, edge.target.id, edge.label, edge.problems)).toList();
		return new Topology(text(deployment.getName()), result, links);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static final class NodeDraft {
		final String id;
		final ElementKind kind;
		final List<String> lines;
		final TextRegion region;
		final List<String> problems = new ArrayList<>();

		NodeDraft(String id, ElementKind kind, List<String> lines, TextRegion region) {
			this.id = id;
			this.kind = kind;
			this.lines = lines;
			this.region = region;
		}
	}

	private static final class EdgeDraft {
		final NodeDraft source;
		final NodeDraft target;
		final String label;
		final List<String> problems = new ArrayList<>();
		Alias spnAlias;
		Principal spnOwner;

		EdgeDraft(NodeDraft source, NodeDraft target, String label) {
			this.source = source;
			this.target = target;
			this.label = label;
		}
	}
}
