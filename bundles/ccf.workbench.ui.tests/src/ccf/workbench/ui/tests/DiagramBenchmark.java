/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.ui.diagram.layout.TextMeasure;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.layout.TopologyLayout;
import ccf.workbench.ui.diagram.plan.RemediationPlanView;
import ccf.workbench.ui.diagram.spn.SpnMatrixView;
import ccf.workbench.ui.diagram.topology.Topology;
import ccf.workbench.ui.diagram.topology.TopologyBuilder;
import ccf.workbench.ui.diagram.view.CcfEditorTracker;
import ccf.workbench.ui.diagram.view.DeploymentSnapshot;
import ccf.workbench.ui.diagram.view.TopologyView;

/**
 * The topology benchmark (releng/bench/diagram.sh): layout and first paint of a large deployment, and the diagram's
 * update after an edit. Prints one BENCH line; runs only when given a model.
 */
@EnabledIfSystemProperty(named = "ccf.bench.diagram.model", matches = ".+")
class DiagramBenchmark {

	private static final int RUNS = 7;

	@Test
	void layoutPaintAndUpdate() throws Exception {
		Path model = Path.of(System.getProperty("ccf.bench.diagram.model"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("DiagramBenchmark");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		IFile file = project.getFile("model.ccf");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(Files.readAllBytes(model)), true, new NullProgressMonitor());
		// The perspective shows the view: close it, so that showing it lays the model out from scratch. The other
		// diagram views are closed too, so that the figures are the Topology view's alone.
		for (String id : List.of(TopologyView.ID, SpnMatrixView.ID, RemediationPlanView.ID)) {
			IViewPart shown = page.findView(id);
			if (shown != null) {
				page.hideView(shown);
			}
		}
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file, true);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());

		UiStallWatch stalls = new UiStallWatch();
		stalls.start();
		long opening = System.nanoTime();
		TopologyView view = (TopologyView) page.showView(TopologyView.ID);
		page.activate(editor);
		UiEvents.waitUntil("the topology", 600, () -> !view.diagram().nodes().isEmpty());
		view.canvas().update();
		double openToPainted = (System.nanoTime() - opening) / 1e6;
		double openingStall = stalls.stop();
		Topology topology = view.diagram().topology();

		List<Double> build = new ArrayList<>();
		List<Double> layoutAndPaint = new ArrayList<>();
		List<Double> layout = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			DeploymentSnapshot.read(document,
					(deployment, regions) -> TopologyBuilder.build(deployment, DeploymentRules.check(deployment), regions));
			build.add((System.nanoTime() - start) / 1e6);
			start = System.nanoTime();
			TopologyLayout.layout(topology, TextMeasure.ESTIMATE);
			layout.add((System.nanoTime() - start) / 1e6);
			view.canvas().show(TopologyDiagram.EMPTY);
			start = System.nanoTime();
			view.canvas().show(TopologyLayout.layout(topology, view.canvas().measure()));
			view.canvas().update();
			layoutAndPaint.add((System.nanoTime() - start) / 1e6);
		}

		// An edit that renames an alias: the text is reparsed, checked, built, laid out and painted anew.
		List<Double> updates = new ArrayList<>();
		int at = document.get().indexOf("alias ") + "alias ".length();
		stalls.start();
		for (int i = 0; i < RUNS; i++) {
			TopologyDiagram before = view.diagram();
			long typed = System.nanoTime();
			if (i % 2 == 0) {
				document.replace(at, 0, "X");
			} else {
				document.replace(at, 1, "");
			}
			UiEvents.waitUntil("the diagram after edit " + i, 600, () -> view.diagram() != before);
			view.canvas().update();
			updates.add((System.nanoTime() - typed) / 1e6);
		}
		double renameStall = stalls.stop();
		// An edit that causes or fixes a problem and changes no size: the diagram keeps its layout.
		List<Double> fixes = new ArrayList<>();
		int flag = document.get().indexOf("use-app-pool-credentials ") + "use-app-pool-credentials ".length();
		stalls.start();
		for (int i = 0; i < RUNS; i++) {
			TopologyDiagram before = view.diagram();
			long typed = System.nanoTime();
			if (i % 2 == 0) {
				document.replace(flag, "true".length(), "false");
			} else {
				document.replace(flag, "false".length(), "true");
			}
			UiEvents.waitUntil("the diagram after fix " + i, 600, () -> view.diagram() != before);
			view.canvas().update();
			fixes.add((System.nanoTime() - typed) / 1e6);
		}
		double fixStall = stalls.stop();
		String png = System.getProperty("ccf.bench.diagram.png", "");
		if (!png.isEmpty()) {
			view.exportPng(Path.of(png));
		}
		System.out.printf(Locale.ROOT,
				"BENCH nodes=%d edges=%d show-view-to-painted-ms=%.0f model-to-topology-ms=%.0f elk-layout-ms=%.0f "
						+ "measure-layout-and-paint-ms=%.0f "
						+ "rename-to-diagram-ms=%.0f problem-edit-to-diagram-ms=%.0f debounce-ms=%d "
						+ "longest-ui-stall-opening-ms=%.0f longest-ui-stall-renames-ms=%.0f longest-ui-stall-problem-edits-ms=%.0f%n",
				topology.nodes().size(), topology.edges().size(), openToPainted, median(build), median(layout), median(layoutAndPaint),
				median(updates), median(fixes), CcfEditorTracker.DEBOUNCE_MILLIS, openingStall, renameStall, fixStall);
		page.closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(Double::compare);
		return sorted.get(sorted.size() / 2);
	}
}
