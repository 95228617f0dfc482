/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/**
 * Semantic highlighting of a {@code .ccf} viewer: a job computes the styles of the parsed and linked model in the
 * background after the typing pauses, and every repaint merges them over the syntax colouring. The styles are kept as
 * document positions, so that they move with the text until the next computation replaces them.
 */
final class CcfSemanticHighlighter implements ITextPresentationListener, ITextInputListener, IDocumentListener,
		IPropertyChangeListener {

	private static final String CATEGORY = "ccf.workbench.ui.editor.semanticHighlighting";
	private static final long DELAY_MS = 250;

	private final ITextViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private final Job job = Job.create("Semantic highlighting of the .ccf editor", this::compute);
	/** The highlights shown, by offset; read and replaced on the UI thread only. */
	private List<SemanticHighlight> highlights = List.of();
	private int longest;
	private volatile IDocument document;

	CcfSemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		job.setSystem(true);
	}

	void install() {
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		viewer.addTextInputListener(this);
		PlatformUI.getWorkbench().getThemeManager().addPropertyChangeListener(this);
		attach(viewer.getDocument());
	}

	void uninstall() {
		PlatformUI.getWorkbench().getThemeManager().removePropertyChangeListener(this);
		viewer.removeTextInputListener(this);
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		detach(document);
	}

	private void attach(IDocument attached) {
		document = attached;
		if (attached != null) {
			attached.addPositionCategory(CATEGORY);
			attached.addPositionUpdater(updater);
			attached.addDocumentListener(this);
			job.schedule();
		}
	}

	private void detach(IDocument detached) {
		job.cancel();
		if (detached != null) {
			detached.removeDocumentListener(this);
			detached.removePositionUpdater(updater);
			try {
				detached.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// never added: nothing to remove
			}
		}
		highlights = List.of();
		document = null;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		detach(oldInput);
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		attach(newInput);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// the styles are computed once the text has changed
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		job.cancel();
		job.schedule(DELAY_MS);
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		if (event.getProperty().startsWith(SemanticStyle.COLOR_PREFIX) && !viewer.getTextWidget().isDisposed()) {
			viewer.invalidateTextPresentation();
		}
	}

	private IStatus compute(IProgressMonitor monitor) {
		IDocument computed = document;
		if (computed == null) {
			return Status.OK_STATUS;
		}
		long stamp = stamp(computed);
		List<SemanticHighlight> found = new ArrayList<>();
		ISemanticHighlightingCalculator calculator = CcfLanguage.injector().getInstance(ISemanticHighlightingCalculator.class);
		CcfDocumentModel.of(computed).read((resource, text) -> {
			calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
				for (String style : styles) {
					SemanticStyle.of(style).ifPresent(known -> found.add(new SemanticHighlight(offset, length, known)));
				}
			}, monitor::isCanceled);
			return null;
		});
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		// Stable: a range inside another (the host of a URL) comes after it and is merged over it.
		found.sort(Comparator.comparingInt(SemanticHighlight::getOffset));
		Control control = viewer.getTextWidget();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> show(computed, stamp, found));
		}
		return Status.OK_STATUS;
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : -1;
	}

	/** Replaces the highlights when the document is still the text they were computed for, and repaints the change. */
	private void show(IDocument computed, long stamp, List<SemanticHighlight> found) {
		if (computed != document || stamp != stamp(computed) || stamp == -1 || viewer.getTextWidget().isDisposed()) {
			return;
		}
		List<SemanticHighlight> old = highlights;
		try {
			computed.removePositionCategory(CATEGORY);
			computed.addPositionCategory(CATEGORY);
			for (SemanticHighlight highlight : found) {
				computed.addPosition(CATEGORY, highlight);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return; // the document changed since: the next computation follows
		}
		highlights = found;
		longest = found.stream().mapToInt(SemanticHighlight::getLength).max().orElse(0);
		IRegion changed = SemanticHighlight.changed(old, found);
		if (changed != null) {
			int start = Math.min(changed.getOffset(), computed.getLength());
			int end = Math.min(changed.getOffset() + changed.getLength(), computed.getLength());
			((ITextViewerExtension2) viewer).invalidateTextPresentation(start, end - start);
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		List<SemanticHighlight> shown = highlights;
		for (int i = firstFrom(shown, extent.getOffset() - longest); i < shown.size(); i++) {
			SemanticHighlight highlight = shown.get(i);
			if (highlight.getOffset() >= end) {
				break;
			}
			int from = Math.max(highlight.getOffset(), extent.getOffset());
			int to = Math.min(highlight.getOffset() + highlight.getLength(), end);
			if (!highlight.isDeleted() && to > from) {
				presentation.mergeStyleRange(highlight.style.range(from, to - from));
			}
		}
	}

	/** @return the index of the first highlight at or after {@code offset} */
	private static int firstFrom(List<SemanticHighlight> shown, int offset) {
		int low = 0;
		int high = shown.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (shown.get(middle).getOffset() < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
