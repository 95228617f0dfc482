/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;

/**
 * Validation as you type: shortly after each change the document is reparsed and checked against the rules of KB
 * 969803 in the background, and the editor's problem annotations (squiggles, overview ruler) are replaced by the new
 * ones, which are exactly what {@code ccfw validate} prints.
 */
public class CcfValidationReconciler extends MonoReconciler {

	/** Milliseconds between the last keystroke and the check; short, because a check is fast. */
	static final int DELAY = 50;

	public CcfValidationReconciler() {
		super(new Strategy(), false);
		setDelay(DELAY);
	}

	@Override
	public void install(ITextViewer textViewer) {
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = textViewer;
		super.install(textViewer);
	}

	/** The annotation of one diagnostic; its type decides the squiggle and the ruler colour. */
	public static final class ProblemAnnotation extends Annotation {

		static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
		static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
		static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

		private final Issue issue;

		ProblemAnnotation(Issue issue) {
			super(type(issue.getSeverity()), false, issue.getMessage());
			this.issue = issue;
		}

		private static String type(Severity severity) {
			return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
			};
		}

		/** @return the diagnostic, with its code and quick-fix data */
		public Issue issue() {
			return issue;
		}
	}

	static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private ITextViewer viewer;
		private IDocument document;
		private IProgressMonitor monitor;
		private final List<Annotation> shown = new ArrayList<>();

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		private void reconcile() {
			if (document == null || !(viewer instanceof ISourceViewer sourceViewer)) {
				return;
			}
			List<Issue> issues;
			try {
				issues = CcfDocumentModel.of(document).validate(() -> monitor != null && monitor.isCanceled());
			} catch (OperationCanceledError | OperationCanceledException e) {
				return; // the next reconcile checks the newer text
			}
			if (monitor != null && monitor.isCanceled()) {
				return;
			}
			IAnnotationModel model = sourceViewer.getAnnotationModel();
			if (model == null) {
				return;
			}
			Map<Annotation, Position> added = new HashMap<>();
			int length = document.getLength();
			for (Issue issue : issues) {
				int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
				int size = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), length - offset));
				added.put(new ProblemAnnotation(issue), new Position(offset, size));
			}
			synchronized (lockOf(model)) {
				if (model instanceof IAnnotationModelExtension extension) {
					extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
				} else {
					shown.forEach(model::removeAnnotation);
					added.forEach(model::addAnnotation);
				}
				shown.clear();
				shown.addAll(added.keySet());
			}
		}

		private static Object lockOf(IAnnotationModel model) {
			return model instanceof org.eclipse.jface.text.ISynchronizable synchronizable
					&& synchronizable.getLockObject() != null ? synchronizable.getLockObject() : model;
		}
	}
}
