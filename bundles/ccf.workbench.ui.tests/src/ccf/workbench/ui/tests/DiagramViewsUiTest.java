/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.remediation.RemediationGenerator;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.ui.diagram.layout.NodeBox;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.plan.RemediationPlanView;
import ccf.workbench.ui.diagram.plan.StepText;
import ccf.workbench.ui.diagram.spn.SpnCellState;
import ccf.workbench.ui.diagram.spn.SpnMatrixView;
import ccf.workbench.ui.diagram.topology.ElementKind;
import ccf.workbench.ui.diagram.topology.TextRegion;
import ccf.workbench.ui.diagram.topology.Topology;
import ccf.workbench.ui.diagram.topology.TopologyEdge;
import ccf.workbench.ui.diagram.topology.TopologyNode;
import ccf.workbench.ui.diagram.view.DeploymentSnapshot;
import ccf.workbench.ui.diagram.view.TopologyView;

/** The topology, SPN matrix and remediation plan views on the article's model, open in the .ccf editor. */
class DiagramViewsUiTest {

	private IWorkbenchPage page;
	private ArticleProject article;
	private IProject project;
	private ITextEditor editor;

	@BeforeEach
	void openTheArticlesModel() throws Exception {
		article = ArticleProject.create("FabrikamDiagram");
		page = article.page;
		project = article.project;
		editor = article.open();
	}

	@AfterEach
	void close() throws Exception {
		article.delete();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private TopologyView showTopology() throws Exception {
		TopologyView view = (TopologyView) page.showView(TopologyView.ID);
		page.activate(editor);
		UiEvents.waitUntil("the topology", 30, () -> !view.diagram().nodes().isEmpty());
		UiEvents.process();
		return view;
	}

	/** The ids the diagram must show for the servers, aliases, pools, accounts and services of the parsed model. */
	private List<String> idsOfTheModel() {
		return DeploymentSnapshot.read(document(), (deployment, regions) -> {
			List<String> ids = new ArrayList<>();
			for (WebServer server : deployment.getWebServers()) {
				ids.add("web_server:" + server.getName());
				for (AppPool pool : server.getAppPools()) {
					ids.add("app_pool:" + pool.getName());
					ids.add("account:" + pool.getIdentity().qualifiedAccountName());
				}
				for (ServiceInstallation installation : server.getServices()) {
					ids.add("service:" + installation.getService().getName());
				}
			}
			deployment.getAliases().forEach(alias -> ids.add("alias:" + alias.getName()));
			return ids;
		}).orElseThrow();
	}

	/** Saves a screenshot of the window with {@code view} maximized, then restores the layout. */
	private void screenshotMaximized(IViewPart view, String name, Runnable arrange) throws Exception {
		IWorkbenchPartReference reference = page.getReference(view);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		UiEvents.process();
		arrange.run();
		UiEvents.process();
		Screenshots.save(page.getWorkbenchWindow().getShell(), name);
		page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		UiEvents.process();
	}

	private static TopologyEdge edge(TopologyDiagram diagram, String source, String target) {
		return diagram.topology().edges().stream().filter(e -> e.sourceId().equals(source) && e.targetId().equals(target))
				.findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " -> " + target));
	}

	@Test
	void theTopologyShowsEveryElementOfTheModelAndTheMissingSpnInRed() throws Exception {
		TopologyView view = showTopology();
		TopologyDiagram diagram = view.diagram();

		List<String> expected = idsOfTheModel();
		assertThat(expected).hasSize(1 + 1 + 1 + 12 + 1);
		assertThat(diagram.nodes()).extracting(box -> box.node().id()).containsAll(expected);
		TopologyEdge ticket = edge(diagram, "alias:CCFIISAlias", "account:FABRIKAM\\ASPUSER");
		assertThat(ticket.problems()).hasSize(2).first().asString().contains("has no SPN host/CCFIISAlias");
		NodeBox alias = diagram.box("alias:CCFIISAlias").orElseThrow();
		assertThat(alias.node().hasProblems()).isTrue();
		Point center = view.canvas().toControl(alias.center());
		assertThat(view.canvas().problemsAt(center.x, center.y)).contains("no CNAME record");
		assertThat(diagram.box("app_pool:CcfPool").orElseThrow().node().hasProblems()).isFalse();
		screenshotMaximized(view, "topology-view", () -> view.canvas().fit());
	}

	@Test
	void clickingANodeSelectsItsElementInTheEditor() throws Exception {
		TopologyView view = showTopology();
		NodeBox alias = view.diagram().box("alias:CCFIISAlias").orElseThrow();
		Point at = view.canvas().toControl(alias.center());

		Event click = new Event();
		click.button = 1;
		click.x = at.x;
		click.y = at.y;
		view.canvas().notifyListeners(SWT.MouseDown, click);
		view.canvas().notifyListeners(SWT.MouseUp, click);

		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertThat(selection.getText()).isEqualTo("alias CCFIISAlias for CCFIIS");
		assertThat(view.canvas().selection()).hasValueSatisfying(node -> assertThat(node.id()).isEqualTo("alias:CCFIISAlias"));
	}

	@Test
	void movingTheCaretSelectsTheNodeOfTheElementAroundIt() throws Exception {
		TopologyView view = showTopology();
		int pool = document().get().indexOf("pool CcfPool identity ASPUSER") + "pool Ccf".length();

		editor.selectAndReveal(pool, 0);

		UiEvents.waitUntil("the pool's node to be selected", 10, () -> view.canvas().selection()
				.filter(node -> node.id().equals("app_pool:CcfPool")).isPresent());
		editor.selectAndReveal(document().get().indexOf("service Gateway in CcfPool") + 3, 0);
		UiEvents.waitUntil("the service's node to be selected", 10, () -> view.canvas().selection()
				.filter(node -> node.id().equals("service:Gateway")).isPresent());
	}

	@Test
	void theTopologyFollowsTheTextAndZooms() throws Exception {
		TopologyView view = showTopology();
		IDocument document = document();
		int end = document.get().lastIndexOf('}');

		document.replace(end, 0, "\tspn host/CCFIISAlias on ASPUSER\n\tspn host/ccfiisalias.fabrikam.com on ASPUSER\n");

		UiEvents.waitUntil("the ticket edge to mend", 10,
				() -> !edge(view.diagram(), "alias:CCFIISAlias", "account:FABRIKAM\\ASPUSER").hasProblems());
		page.activate(view);
		view.canvas().setFocus();
		view.canvas().fit();
		double fitted = view.canvas().scale();
		assertThat(fitted).isLessThanOrEqualTo(1);
		Event zoomIn = new Event();
		zoomIn.character = '=';
		zoomIn.stateMask = SWT.MOD1;
		view.canvas().notifyListeners(SWT.KeyDown, zoomIn);
		assertThat(view.canvas().scale()).isCloseTo(fitted * 1.25, Offset.offset(1e-9));
		Event wheel = new Event();
		wheel.count = -3;
		wheel.stateMask = SWT.MOD1;
		view.canvas().notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertThat(view.canvas().scale()).isCloseTo(fitted * 1.25 / 1.1, Offset.offset(1e-9));
	}

	@Test
	void aLayoutUnderWayKeepsTheDiagramInViewAndHintsAtItOnceItTakesAWhile() throws Exception {
		TopologyView view = showTopology();
		TopologyDiagram shown = view.diagram();

		view.canvas().layingOut();

		assertThat(view.canvas().showsLayingOutHint()).isFalse();
		UiEvents.waitUntil("the hint of a layout under way", 5, () -> view.canvas().showsLayingOutHint());
		assertThat(view.diagram()).isSameAs(shown);
		view.canvas().show(shown);
		assertThat(view.canvas().showsLayingOutHint()).isFalse();
	}

	@Test
	void exportsThePngAndTheSvg() throws Exception {
		TopologyView view = showTopology();
		Path folder = Path.of(System.getProperty("ccf.screenshots", "target/screenshots"));
		Path png = folder.resolve("topology-export.png");
		Path svg = folder.resolve("topology-export.svg");
		Files.deleteIfExists(png);

		view.exportPng(png);
		view.exportSvg(svg);

		assertThat(Files.size(png)).isPositive();
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertThat(image.width).isEqualTo((int) Math.ceil(view.diagram().width()));
		assertThat(image.height).isEqualTo((int) Math.ceil(view.diagram().height()));
		assertThat(Files.readString(svg)).startsWith("<?xml").contains("FABRIKAM\\ASPUSER has no SPN host/CCFIISAlias");
	}

	/** A diagram 40,000 px tall: more than one SWT image on GTK paints (it came back black), more than a PNG should hold. */
	@Test
	void aDiagramTooLargeForOneImageExportsScaledDownAndPaintedInEveryTile() throws Exception {
		TopologyView view = showTopology();
		List<NodeBox> boxes = new ArrayList<>();
		for (int row = 0; row < 40; row++) {
			for (int column = 0; column < 3; column++) {
				String name = "CCF" + row + "-" + column;
				boxes.add(new NodeBox(new TopologyNode("web_server:" + name, ElementKind.WEB_SERVER, List.of(name), List.of(),
						TextRegion.NONE), 100 + column * 1860, 20 + row * 1000, 1700, 500));
			}
		}
		TopologyDiagram tall = new TopologyDiagram(new Topology("Tall", boxes.stream().map(NodeBox::node).toList(), List.of()),
				boxes, List.of(), 5600, 40_000);
		view.canvas().show(tall);
		Path png = Path.of(System.getProperty("ccf.screenshots", "target/screenshots"), "topology-tall-export.png");

		view.exportPng(png);

		ImageData image = new ImageLoader().load(png.toString())[0];
		assertThat(image.height).isEqualTo(16384);
		assertThat((double) image.width / image.height).isCloseTo(5600.0 / 40_000, Offset.offset(0.001));
		double scale = image.height / 40_000.0;
		RGB fill = new RGB(0xE8, 0xF5, 0xE9);
		RGB white = new RGB(0xFF, 0xFF, 0xFF);
		for (NodeBox box : boxes) {
			int x = (int) ((box.x() + box.width() / 2) * scale);
			assertThat(rgbAt(image, x, (int) ((box.y() + box.height() / 2) * scale))).as(box.node().id()).isEqualTo(fill);
			assertThat(rgbAt(image, x, (int) ((box.y() + box.height() + 250) * scale))).as("below " + box.node().id())
					.isEqualTo(white);
		}
	}

	private static RGB rgbAt(ImageData image, int x, int y) {
		return image.palette.getRGB(image.getPixel(x, y));
	}

	@Test
	void theLayoutMeasuresTextAtLeastAsWideAsTheScreenDrawsIt() throws Exception {
		TopologyView view = showTopology();
		FontData[] data = view.canvas().getFont().getFontData();
		for (FontData each : data) {
			each.setStyle(SWT.BOLD);
		}
		Font bold = new Font(view.canvas().getDisplay(), data);
		GC gc = new GC(view.canvas());
		try {
			gc.setFont(bold);
			for (NodeBox box : view.diagram().nodes()) {
				for (String line : box.node().lines()) {
					int drawn = gc.textExtent(line).x;
					assertThat(view.canvas().measure().width(line)).as(line).isGreaterThanOrEqualTo(drawn)
							.isLessThanOrEqualTo(drawn * 1.05 + 2);
				}
			}
		} finally {
			gc.dispose();
			bold.dispose();
		}
	}

	@Test
	void theSpnMatrixHighlightsTheTwoMissingAliasSpns() throws Exception {
		SpnMatrixView view = (SpnMatrixView) page.showView(SpnMatrixView.ID);
		page.activate(editor);
		UiEvents.waitUntil("the SPN matrix", 30, () -> !view.matrix().principals().isEmpty());
		UiEvents.process();

		assertThat(view.matrix().cellsIn(SpnCellState.MISSING)).containsExactly("FABRIKAM\\ASPUSER: host/CCFIISAlias",
				"FABRIKAM\\ASPUSER: host/ccfiisalias.fabrikam.com");
		List<String> headers = Arrays.stream(view.table().getColumns()).map(c -> c.getText()).toList();
		TableItem account = Arrays.stream(view.table().getItems()).filter(item -> item.getText(0).equals("FABRIKAM\\ASPUSER"))
				.findFirst().orElseThrow();
		assertThat(account.getText(headers.indexOf("host/CCFIISAlias"))).isEqualTo("missing");
		assertThat(account.getText(headers.indexOf("host/ccfiisalias.fabrikam.com"))).isEqualTo("missing");
		assertThat(account.getBackground(headers.indexOf("host/CCFIISAlias")).getRed()).isEqualTo(0xFF);
		screenshotMaximized(view, "spn-matrix-view", () -> {
		});
	}

	@Test
	void theMatrixFixesAMissingSpnAndRemovesADuplicate() throws Exception {
		SpnMatrixView view = (SpnMatrixView) page.showView(SpnMatrixView.ID);
		page.activate(editor);
		UiEvents.waitUntil("the SPN matrix", 30, () -> !view.matrix().principals().isEmpty());
		int account = view.matrix().principals().indexOf("FABRIKAM\\ASPUSER");
		int alias = view.matrix().spns().indexOf("host/CCFIISAlias");

		List<QuickFix> fixes = view.fixes(account, alias);

		assertThat(fixes).extracting(QuickFix::label).containsExactly("Register host/CCFIISAlias on ASPUSER");
		view.apply(fixes.get(0));
		assertThat(document().get()).contains("\tspn host/CCFIISAlias on ASPUSER\n}");
		UiEvents.waitUntil("the cell to turn required", 10,
				() -> view.matrix().cell("FABRIKAM\\ASPUSER", "host/CCFIISAlias").state() == SpnCellState.REQUIRED);

		IDocument document = document();
		document.replace(document.get().lastIndexOf('}'), 0, "\tspn host/CCFIIS on ASPUSER\n");
		UiEvents.waitUntil("the duplicate", 10,
				() -> view.matrix().cell("FABRIKAM\\ASPUSER", "host/CCFIIS").state() == SpnCellState.DUPLICATE);
		List<QuickFix> removals = view.fixes(view.matrix().principals().indexOf("FABRIKAM\\ASPUSER"),
				view.matrix().spns().indexOf("host/CCFIIS"));
		assertThat(removals).extracting(QuickFix::label).containsExactly("Remove host/CCFIIS from ASPUSER");
		view.apply(removals.get(0));
		assertThat(document.get()).doesNotContain("spn host/CCFIIS on ASPUSER").contains("\tspn host/CCFIISAlias on ASPUSER\n}");
		UiEvents.waitUntil("the duplicate to go", 10,
				() -> view.matrix().cell("FABRIKAM\\CCFIIS$", "host/CCFIIS").state() == SpnCellState.REGISTERED);
		// The table reuses its columns from one matrix to the next: they must still be the matrix's.
		List<String> headers = Arrays.stream(view.table().getColumns()).map(c -> c.getText()).toList();
		assertThat(headers.subList(1, headers.size())).isEqualTo(view.matrix().spns());
		assertThat(Arrays.stream(view.table().getItems()).map(item -> item.getText(0)).toList())
				.isEqualTo(view.matrix().principals());
	}

	@Test
	void thePlanViewGroupsTheStepsByHostAndRoleAndPreviewsTheirFiles() throws Exception {
		RemediationPlanView view = (RemediationPlanView) page.showView(RemediationPlanView.ID);
		page.activate(editor);
		UiEvents.waitUntil("the plan", 30, () -> view.plan() != null);
		UiEvents.process();
		RemediationPlan expected = DeploymentSnapshot.read(document(), (deployment, regions) -> {
			try {
				return new RemediationGenerator().force(true).plan(deployment);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}).orElseThrow();

		TreeItem[] groups = view.viewer().getTree().getItems();
		assertThat(groups).extracting(item -> item.getText(0)).containsExactly("DC01 — DNS server (zone fabrikam.com)",
				"DC01 — domain controller (domain admin of FABRIKAM)", "CCFIIS — IIS server (ccfiis.fabrikam.com)",
				"CCFSQL — SQL Server", "client group AgentDesktops — Agent Desktop (AGENT01, AGENT02)",
				"client group AdminConsoles — MMC administration console (CCFADMIN01)");
		assertThat(Arrays.stream(groups).flatMap(g -> Arrays.stream(g.getItems())).map(i -> i.getText(0)))
				.as("the steps in the order they run")
				.containsExactlyElementsOf(expected.steps().map(StepText::step).toList());
		assertThat(Arrays.stream(groups).flatMap(g -> Arrays.stream(g.getItems())).map(i -> i.getText(1)))
				.contains("01-dns-FABRIKAM/remediate.ps1", "04-sql-CCFSQL/CCFInfrastructure-2-update.sql")
				.anySatisfy(file -> assertThat(file).endsWith(".xdt"));
		assertThat(Arrays.stream(groups).flatMap(g -> Arrays.stream(g.getItems())).map(i -> i.getText(2)))
				.anySatisfy(action -> assertThat(action).startsWith("setspn -S host/CCFIISAlias FABRIKAM\\ASPUSER"));
		screenshotMaximized(view, "remediation-plan-view", () -> {
		});

		TreeItem spnItem = Arrays.stream(groups[1].getItems()).filter(i -> i.getText(0).contains("Register host/CCFIISAlias"))
				.findFirst().orElseThrow();
		Step spn = (Step) spnItem.getData();
		view.viewer().getTree().setSelection(spnItem);
		view.viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
		String title = "Step " + spn.number() + " — " + spnItem.getText(1);
		UiEvents.waitUntil("the preview of the step's file", 30, () -> preview(title) != null);
		Shell shell = preview(title);
		StyledText file = (StyledText) find(shell, StyledText.class);
		assertThat(file.getText()).startsWith("#").contains("Invoke-Checked setspn.exe @('-S', $spn, $account)");
		assertThat(file.getSelectionText()).startsWith("# Step " + spn.number() + ": Register host/CCFIISAlias on FABRIKAM\\ASPUSER");
		assertThat(file.getTopIndex()).as("scrolled to the step").isPositive()
				.isLessThanOrEqualTo(file.getLineAtOffset(file.getSelection().x));
		UiEvents.process();
		Screenshots.save(shell, "remediation-plan-preview");
		shell.close();
	}

	/** @return the open preview whose title is {@code title}, or null */
	private static Shell preview(String title) {
		return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
				.findFirst().orElse(null);
	}

	private static Control find(Composite parent, Class<? extends Control> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return child;
			}
			if (child instanceof Composite composite && find(composite, type) != null) {
				return find(composite, type);
			}
		}
		return null;
	}
}
