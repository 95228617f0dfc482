/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.samples.Kb969803Sample;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.ui.diagram.layout.NodeBox;
import ccf.workbench.ui.diagram.layout.SvgWriter;
import ccf.workbench.ui.diagram.layout.TextMeasure;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.layout.TopologyLayout;
import ccf.workbench.ui.diagram.spn.SpnCellState;
import ccf.workbench.ui.diagram.spn.SpnMatrix;
import ccf.workbench.ui.diagram.topology.ElementKind;
import ccf.workbench.ui.diagram.topology.TextRegion;
import ccf.workbench.ui.diagram.topology.Topology;
import ccf.workbench.ui.diagram.topology.TopologyBuilder;
import ccf.workbench.ui.diagram.topology.TopologyEdge;
import ccf.workbench.ui.diagram.topology.TopologyNode;

/** The diagram's data without a display: the topology of the article's sample, its layout, its SVG, the SPN matrix. */
class TopologyModelTest {

	private final Deployment sample = Kb969803Sample.create(new ResourceSetImpl());

	private Topology topology() {
		return TopologyBuilder.build(sample, DeploymentRules.check(sample), element -> TextRegion.NONE);
	}

	private static TopologyEdge edge(Topology topology, String source, String target) {
		return topology.edges().stream().filter(e -> e.sourceId().equals(source) && e.targetId().equals(target))
				.findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " -> " + target));
	}

	@Test
	void theKerberosPathOfTheSampleRunsFromClientsToServices() {
		Topology topology = topology();

		assertThat(topology.nodes(ElementKind.WEB_SERVER)).extracting(n -> n.name()).containsExactly("CCFIIS");
		assertThat(topology.nodes(ElementKind.ALIAS)).extracting(n -> n.name()).containsExactly("CCFIISAlias");
		assertThat(topology.nodes(ElementKind.SERVICE)).hasSize(12);
		assertThat(topology.nodes(ElementKind.CLIENT_GROUP)).extracting(n -> n.name()).containsExactly("AgentDesktops",
				"AdminConsoles");
		assertThat(topology.nodes(ElementKind.DOMAIN_CONTROLLER)).extracting(n -> n.name()).containsExactly("DC01");
		assertThat(topology.nodes(ElementKind.DATABASE)).extracting(n -> n.name()).containsExactly("CCFInfrastructure");
		edge(topology, "alias:CCFIISAlias", "web_server:CCFIIS");
		edge(topology, "web_server:CCFIIS", "app_pool:CcfPool");
		assertThat(edge(topology, "app_pool:CcfPool", "account:FABRIKAM\\ASPUSER").hasProblems()).isFalse();
		edge(topology, "app_pool:CcfPool", "service:AgentCredentials");
		assertThat(edge(topology, "client_group:AgentDesktops", "endpoints:AgentDesktops → CCFIIS").hasProblems()).isFalse();
	}

	@Test
	void missingSpnsBreakTheTicketEdgeAndUrlsNamingTheServerAreRed() {
		Topology topology = topology();

		TopologyEdge ticket = edge(topology, "alias:CCFIISAlias", "account:FABRIKAM\\ASPUSER");
		assertThat(ticket.label()).isEqualTo("host/CCFIISAlias, host/ccfiisalias.fabrikam.com");
		assertThat(ticket.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("has no SPN host/"));
		assertThat(topology.node("account:FABRIKAM\\ASPUSER").orElseThrow().problems()).hasSize(2);
		assertThat(topology.node("alias:CCFIISAlias").orElseThrow().problems())
				.anySatisfy(p -> assertThat(p).contains("no CNAME record"));
		assertThat(edge(topology, "endpoints:AgentDesktops → CCFIIS", "web_server:CCFIIS").problems())
				.singleElement().asString().contains("http://CCFIIS/");
		assertThat(topology.node("app_pool:CcfPool").orElseThrow().hasProblems()).isFalse();
	}

	@Test
	void registeringTheSpnsMendsTheTicketEdge() {
		DeploymentFactory factory = DeploymentFactory.eINSTANCE;
		for (String host : List.of("CCFIISAlias", "ccfiisalias.fabrikam.com")) {
			ServicePrincipalName spn = factory.createServicePrincipalName();
			spn.setServiceClass("host");
			spn.setHost(host);
			spn.setOwner(sample.getAccounts().get(0));
			sample.getSpns().add(spn);
		}

		Topology topology = topology();

		assertThat(edge(topology, "alias:CCFIISAlias", "account:FABRIKAM\\ASPUSER").hasProblems()).isFalse();
		assertThat(topology.node("account:FABRIKAM\\ASPUSER").orElseThrow().lines()).contains("SPN host/CCFIISAlias");
	}

	@Test
	void theLayoutPlacesEveryNodeWithoutOverlapAndTheRequestFlowsLeftToRight() {
		TopologyDiagram diagram = TopologyLayout.layout(topology(), TextMeasure.ESTIMATE);

		assertThat(diagram.nodes()).hasSize(topology().nodes().size());
		for (NodeBox a : diagram.nodes()) {
			assertThat(a.x() + a.width()).isLessThanOrEqualTo(diagram.width());
			assertThat(a.y() + a.height()).isLessThanOrEqualTo(diagram.height());
			for (NodeBox b : diagram.nodes()) {
				boolean overlap = a != b && a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
						&& a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
				assertThat(overlap).as(a.node().id() + " overlaps " + b.node().id()).isFalse();
			}
		}
		double clients = diagram.box("client_group:AgentDesktops").orElseThrow().x();
		double alias = diagram.box("alias:CCFIISAlias").orElseThrow().x();
		double server = diagram.box("web_server:CCFIIS").orElseThrow().x();
		double service = diagram.box("service:AgentCredentials").orElseThrow().x();
		assertThat(clients).isLessThan(server);
		assertThat(alias).isLessThan(server);
		assertThat(server).isLessThan(service);
		assertThat(diagram.edges()).allSatisfy(route -> assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2));
	}

	/** Above the size where ELK keeps the text's order (its sorting would take seconds), the path still runs left to right. */
	@Test
	void aFarmOfServersIsLaidOutFromClientsToServicesWithoutOverlap() {
		List<TopologyNode> nodes = new ArrayList<>();
		List<TopologyEdge> edges = new ArrayList<>();
		nodes.add(node("client_group:Agents", ElementKind.CLIENT_GROUP));
		for (int server = 0; server < 40; server++) {
			String name = "CCF" + server;
			nodes.add(node("web_server:" + name, ElementKind.WEB_SERVER));
			nodes.add(node("app_pool:" + name + "/CcfPool", ElementKind.APP_POOL));
			edges.add(new TopologyEdge("client_group:Agents", "web_server:" + name, "", List.of()));
			edges.add(new TopologyEdge("web_server:" + name, "app_pool:" + name + "/CcfPool", "", List.of()));
			for (String service : List.of("AgentCredentials", "ContactCenter", "Customer")) {
				nodes.add(node("service:" + name + "/" + service, ElementKind.SERVICE));
				edges.add(new TopologyEdge("app_pool:" + name + "/CcfPool", "service:" + name + "/" + service, "", List.of()));
			}
		}
		Topology farm = new Topology("Farm", nodes, edges);

		TopologyDiagram diagram = TopologyLayout.layout(farm, TextMeasure.ESTIMATE);

		assertThat(farm.nodes()).hasSizeGreaterThan(TopologyLayout.ORDERED_NODES);
		assertThat(diagram.nodes()).hasSize(nodes.size());
		for (NodeBox a : diagram.nodes()) {
			for (NodeBox b : diagram.nodes()) {
				boolean overlap = a != b && a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
						&& a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
				assertThat(overlap).as(a.node().id() + " overlaps " + b.node().id()).isFalse();
			}
		}
		for (TopologyEdge edge : edges) {
			assertThat(diagram.box(edge.sourceId()).orElseThrow().x())
					.as(edge.sourceId() + " left of " + edge.targetId())
					.isLessThan(diagram.box(edge.targetId()).orElseThrow().x());
		}
	}

	private static TopologyNode node(String id, ElementKind kind) {
		return new TopologyNode(id, kind, List.of(id.substring(id.indexOf(':') + 1)), List.of(), TextRegion.NONE);
	}

	@Test
	void aFixThatChangesNoSizeKeepsTheLayoutAndOneThatDoesLaysOutAgain() {
		TopologyDiagram before = TopologyLayout.layout(topology(), TextMeasure.ESTIMATE);
		sample.getWebServers().get(0).getServices().forEach(service -> service.setUseAppPoolCredentials(true));
		Topology fixed = topology();

		TopologyDiagram after = TopologyLayout.reuse(before, fixed, TextMeasure.ESTIMATE).orElseThrow();

		assertThat(after.topology()).isEqualTo(fixed);
		assertThat(after.box("service:AgentCredentials").orElseThrow().node().hasProblems()).isFalse();
		assertThat(after.box("service:AgentCredentials").orElseThrow().x())
				.isEqualTo(before.box("service:AgentCredentials").orElseThrow().x());
		assertThat(after.edges()).extracting(route -> route.points())
				.containsExactlyElementsOf(before.edges().stream().map(route -> route.points()).toList());

		sample.getWebServers().get(0).setName("CCFIIS-RENAMED-TO-SOMETHING-LONGER");
		assertThat(TopologyLayout.reuse(after, topology(), TextMeasure.ESTIMATE)).isEmpty();
	}

	@Test
	void aLayoutSupersededWhileUnderWayStopsBeforeItsLastPhase() {
		AtomicInteger askedInFull = new AtomicInteger();
		TopologyLayout.layout(topology(), TextMeasure.ESTIMATE, () -> askedInFull.incrementAndGet() < 0);
		AtomicInteger asked = new AtomicInteger();

		assertThatThrownBy(() -> TopologyLayout.layout(topology(), TextMeasure.ESTIMATE, () -> asked.incrementAndGet() > 3))
				.isInstanceOf(OperationCanceledException.class);
		assertThat(asked.get()).isLessThan(askedInFull.get());
	}

	@Test
	void theSvgIsWellFormedAndCarriesTheProblemsAsTitles() throws Exception {
		TopologyDiagram diagram = TopologyLayout.layout(topology(), TextMeasure.ESTIMATE);

		String svg = SvgWriter.write(diagram, TextMeasure.ESTIMATE.lineHeight());

		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(diagram.nodes().size());
		assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(diagram.edges().size());
		assertThat(svg).contains("class=\"edge problem\"").contains("FABRIKAM\\ASPUSER has no SPN host/CCFIISAlias")
				.contains("→");
	}

	@Test
	void theSvgEscapesNamesThatAreMarkup() throws Exception {
		sample.getAliases().get(0).setName("<Alias & \"Co\">");

		String svg = SvgWriter.write(TopologyLayout.layout(topology(), TextMeasure.ESTIMATE), 15);

		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
		assertThat(svg).contains("&lt;Alias &amp; &quot;Co&quot;&gt;").doesNotContain("<Alias");
	}

	@Test
	void theSpnMatrixShowsTheTwoMissingAliasSpnsAndDuplicates() {
		SpnMatrix matrix = SpnMatrix.of(sample, DeploymentRules.check(sample));

		assertThat(matrix.principals()).containsExactly("FABRIKAM\\CCFIIS$", "FABRIKAM\\ASPUSER");
		assertThat(matrix.cellsIn(SpnCellState.MISSING)).containsExactly("FABRIKAM\\ASPUSER: host/CCFIISAlias",
				"FABRIKAM\\ASPUSER: host/ccfiisalias.fabrikam.com");
		assertThat(matrix.cell("FABRIKAM\\ASPUSER", "host/CCFIISAlias").problems()).singleElement().asString()
				.contains("setspn -S host/CCFIISAlias FABRIKAM\\ASPUSER");
		assertThat(matrix.cell("FABRIKAM\\CCFIIS$", "host/CCFIIS").state()).isEqualTo(SpnCellState.REGISTERED);

		ServicePrincipalName duplicate = DeploymentFactory.eINSTANCE.createServicePrincipalName();
		duplicate.setServiceClass("host");
		duplicate.setHost("CCFIIS");
		duplicate.setOwner(sample.getAccounts().get(0));
		sample.getSpns().add(duplicate);
		SpnMatrix withDuplicate = SpnMatrix.of(sample, DeploymentRules.check(sample));

		assertThat(withDuplicate.cellsIn(SpnCellState.DUPLICATE)).containsExactlyInAnyOrder(
				"FABRIKAM\\CCFIIS$: host/CCFIIS", "FABRIKAM\\ASPUSER: host/CCFIIS");
	}
}
