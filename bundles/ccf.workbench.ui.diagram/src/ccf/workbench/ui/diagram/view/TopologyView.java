/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.ui.diagram.layout.SvgWriter;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.topology.Topology;
import ccf.workbench.ui.diagram.topology.TopologyBuilder;
import ccf.workbench.ui.diagram.topology.TopologyNode;

/**
 * The Kerberos path of the deployment in the active .ccf editor, drawn as a graph that follows the text as it is
 * edited. Clicking a node selects its element in the editor.
 */
public class TopologyView extends ViewPart {

	public static final String ID = "ccf.workbench.ui.diagram.topology";

	private TopologyCanvas canvas;
	private CcfEditorTracker tracker;
	private ITextEditor shownEditor;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new TopologyCanvas(parent);
		canvas.onSelection(this::reveal);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		tracker = new CcfEditorTracker(getSite().getPage(), this::show);
	}

	private void contributeActions(IToolBarManager toolBar) {
		toolBar.add(action("Zoom In", () -> canvas.zoom(1.25)));
		toolBar.add(action("Zoom Out", () -> canvas.zoom(0.8)));
		toolBar.add(action("Fit", () -> canvas.fit()));
		toolBar.add(action("PNG…", () -> exportWithDialog("*.png", this::exportPng)));
		toolBar.add(action("SVG…", () -> exportWithDialog("*.svg", this::exportSvg)));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void show(ITextEditor editor) {
		if (canvas.isDisposed()) {
			return;
		}
		boolean another = editor != shownEditor;
		shownEditor = editor;
		Topology topology = editor == null ? Topology.EMPTY
				: DeploymentSnapshot.read(tracker == null ? editor.getDocumentProvider().getDocument(editor.getEditorInput())
						: tracker.document(), (deployment, regions) -> TopologyBuilder.build(deployment,
								DeploymentRules.check(deployment), regions))
						.orElse(Topology.EMPTY);
		TopologyDiagram diagram = canvas.show(topology);
		setContentDescription(editor == null ? "Open a .ccf file to see its topology."
				: topology.deployment() + ": " + diagram.nodes().size() + " elements, "
						+ topology.nodes().stream().filter(TopologyNode::hasProblems).count() + " with problems");
		if (another) {
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					canvas.fit();
				}
			});
		}
	}

	/** Selects the node's element in the editor. */
	private void reveal(TopologyNode node) {
		if (shownEditor != null && node.region().exists()) {
			shownEditor.selectAndReveal(node.region().offset(), node.region().length());
		}
	}

	public TopologyCanvas canvas() {
		return canvas;
	}

	public TopologyDiagram diagram() {
		return canvas.diagram();
	}

	public void exportPng(Path file) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { canvas.renderImage() };
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	public void exportSvg(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, SvgWriter.write(canvas.diagram(), canvas.lineHeight()), StandardCharsets.UTF_8);
	}

	private interface Export {
		void to(Path file) throws IOException;
	}

	private void exportWithDialog(String extension, Export export) {
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFileName(canvas.diagram().topology().deployment() + extension.substring(1));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export.to(Path.of(chosen));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(canvas.getShell(), "Export", "Could not write " + chosen + ": " + e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}
}
