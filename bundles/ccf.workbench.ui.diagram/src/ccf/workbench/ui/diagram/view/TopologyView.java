/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.dsl.validation.DeploymentFindings;
import ccf.workbench.ui.diagram.layout.SvgWriter;
import ccf.workbench.ui.diagram.layout.TextMeasure;
import ccf.workbench.ui.diagram.layout.TopologyDiagram;
import ccf.workbench.ui.diagram.layout.TopologyLayout;
import ccf.workbench.ui.diagram.topology.Topology;
import ccf.workbench.ui.diagram.topology.TopologyBuilder;
import ccf.workbench.ui.diagram.topology.TopologyNode;
import ccf.workbench.ui.editor.CcfElement;
import ccf.workbench.ui.editor.EditorUndoRedo;

/**
 * The Kerberos path of the deployment in the active .ccf editor, drawn as a graph that follows the text as it is
 * edited. Clicking a node selects its element in the editor, and makes it the view's selection (a {@link CcfElement}),
 * which the Deployment Explorer selects too and the Properties view shows, editable. Undo and Redo are the editor's.
 */
public class TopologyView extends ViewPart implements ISelectionProvider {

	public static final String ID = "ccf.workbench.ui.diagram.topology";

	private TopologyCanvas canvas;
	private CcfEditorTracker tracker;
	private ITextEditor shownEditor;
	private BackgroundReader<TopologyDiagram> reader;
	private boolean fitWhenShown;
	private final ISelectionChangedListener caretListener = this::selectAtCaret;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private EditorUndoRedo undoRedo;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new TopologyCanvas(parent);
		reader = new BackgroundReader<>(canvas, "Topology of the .ccf editor");
		canvas.onSelection(this::reveal);
		canvas.addListener(SWT.KeyDown, this::zoomKeys);
		contributeActions(getViewSite().getActionBars().getToolBarManager(),
				getViewSite().getActionBars().getMenuManager());
		undoRedo = new EditorUndoRedo(getSite(), getViewSite().getActionBars());
		getSite().setSelectionProvider(this);
		tracker = new CcfEditorTracker(getSite().getPage(), this::show);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	/** @return the element of the node clicked last, as a {@link CcfElement}, or an empty selection */
	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection selection) {
		this.selection = selection == null ? StructuredSelection.EMPTY : selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, this.selection);
		for (ISelectionChangedListener listener : selectionListeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(undoRedo.propertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	private void contributeActions(IToolBarManager toolBar, IMenuManager menu) {
		Action zoomIn = action("Zoom In (Ctrl+=)", "icons/zoom-in.png", () -> canvas.zoom(1.25));
		Action zoomOut = action("Zoom Out (Ctrl+-)", "icons/zoom-out.png", () -> canvas.zoom(0.8));
		Action fit = action("Fit (Ctrl+0)", "icons/fit.png", () -> canvas.fit());
		Action export = action("Export as PNG or SVG…", "icons/export.png", this::exportWithDialog);
		for (Action each : new Action[] { zoomIn, zoomOut, fit, export }) {
			toolBar.add(each);
			menu.add(each);
		}
	}

	private Action action(String text, String icon, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text);
		ResourceLocator.imageDescriptorFromBundle(getClass(), icon).ifPresent(action::setImageDescriptor);
		return action;
	}

	private void zoomKeys(Event event) {
		if ((event.stateMask & SWT.MOD1) == 0) {
			return;
		}
		switch (event.character) {
		case '+', '=' -> canvas.zoom(1.25);
		case '-' -> canvas.zoom(0.8);
		case '0' -> canvas.fit();
		default -> {
			return;
		}
		}
		event.doit = false;
	}

	private void show(ITextEditor editor) {
		if (canvas.isDisposed()) {
			return;
		}
		if (editor != shownEditor) {
			followCaret(shownEditor, editor);
			fitWhenShown = true;
		}
		shownEditor = editor;
		undoRedo.follow(editor == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		if (editor == null) {
			reader.cancel();
			display(TopologyDiagram.EMPTY, null);
			return;
		}
		TextMeasure measure = canvas.measure();
		Display display = canvas.getDisplay();
		reader.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()),
				(deployment, regions) -> TopologyBuilder.build(deployment, DeploymentFindings.of(deployment), regions),
				(topology, superseded) -> layOut(topology, measure, display, superseded),
				diagram -> display(diagram.orElse(TopologyDiagram.EMPTY), editor));
	}

	/**
	 * Lays a topology out in the layout job. An edit that leaves the topology as it was (a comment, a port, a
	 * description) keeps the diagram, one that changes no size and no edge keeps its layout.
	 */
	private TopologyDiagram layOut(Topology topology, TextMeasure measure, Display display, BooleanSupplier superseded) {
		TopologyDiagram previous = canvas.diagram();
		if (topology.equals(previous.topology())) {
			return previous;
		}
		return TopologyLayout.reuse(previous, topology, measure).orElseGet(() -> {
			display.asyncExec(() -> {
				if (!canvas.isDisposed() && !superseded.getAsBoolean()) {
					canvas.layingOut();
				}
			});
			return TopologyLayout.layout(topology, measure, superseded);
		});
	}

	private void display(TopologyDiagram diagram, ITextEditor editor) {
		canvas.show(diagram);
		Topology topology = diagram.topology();
		setContentDescription(editor == null ? "Open a .ccf file to see its topology."
				: topology.deployment() + ": " + diagram.nodes().size() + " elements, "
						+ topology.nodes().stream().filter(TopologyNode::hasProblems).count() + " with problems");
		if (fitWhenShown) {
			fitWhenShown = false;
			canvas.fit();
		}
	}

	/** Moves the caret listener from the editor shown so far to the next one. */
	private void followCaret(ITextEditor previous, ITextEditor next) {
		if (previous != null && previous.getSelectionProvider() != null) {
			ISelectionProvider provider = previous.getSelectionProvider();
			if (provider instanceof IPostSelectionProvider post) {
				post.removePostSelectionChangedListener(caretListener);
			} else {
				provider.removeSelectionChangedListener(caretListener);
			}
		}
		if (next != null && next.getSelectionProvider() != null) {
			ISelectionProvider provider = next.getSelectionProvider();
			if (provider instanceof IPostSelectionProvider post) {
				post.addPostSelectionChangedListener(caretListener);
			} else {
				provider.addSelectionChangedListener(caretListener);
			}
		}
	}

	/** The node of the innermost element written around the caret. */
	private void selectAtCaret(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection text) || canvas.isDisposed()) {
			return;
		}
		int offset = text.getOffset();
		canvas.select(canvas.diagram().topology().nodes().stream()
				.filter(node -> node.region().exists() && node.region().offset() <= offset
						&& offset <= node.region().offset() + node.region().length())
				.min(Comparator.comparingInt(node -> node.region().length())).map(TopologyNode::id).orElse(null));
	}

	/** Selects the node's element in the editor, and makes it this view's selection. */
	private void reveal(TopologyNode node) {
		if (shownEditor != null && node.region().exists()) {
			shownEditor.selectAndReveal(node.region().offset(), node.region().length());
			IDocument document = shownEditor.getDocumentProvider().getDocument(shownEditor.getEditorInput());
			CcfElement element = document == null ? null
					: CcfElement.at(document, node.region().offset(), node.region().length());
			setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
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

	/** Asks for a file and writes the diagram there, as SVG when its name ends with .svg, else as PNG. */
	private void exportWithDialog() {
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
		dialog.setFileName(canvas.diagram().topology().deployment() + "-topology.png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			if (chosen.toLowerCase(Locale.ROOT).endsWith(".svg")) {
				exportSvg(Path.of(chosen));
			} else {
				exportPng(Path.of(chosen));
				double scale = DiagramImage.scaleToFit(diagram().width(), diagram().height());
				if (scale < 1) {
					MessageDialog.openInformation(canvas.getShell(), "Export", String.format(Locale.ROOT,
							"The diagram is too large for one image at 100 %%: %s shows it at %.0f %%."
									+ " An SVG export keeps every detail at any size.",
							chosen, scale * 100));
				}
			}
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
		if (reader != null) {
			reader.cancel();
		}
		followCaret(shownEditor, null);
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}
