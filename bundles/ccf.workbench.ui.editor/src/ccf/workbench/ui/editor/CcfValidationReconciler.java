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
	public static final int DELAY = 30;

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
			super(type(issue.getSeverity()), false, text(issue));
			this.issue = issue;
		}

		/** The message with its rule code, as {@code ccfw validate} prints it; the editor's problem hover shows it. */
		private static String text(Issue issue) {
			String code = issue.getCode();
			return code == null ? issue.getMessage()
					: issue.getMessage() + " [" + code.substring(code.lastIndexOf('.') + 1) + "]";
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
			int length = document.getLength();
			Map<String, ProblemAnnotation> kept = new HashMap<>();
			synchronized (lockOf(model)) {
				for (Annotation annotation : shown) {
					Position position = model.getPosition(annotation);
					if (position != null && annotation instanceof ProblemAnnotation problem) {
						kept.put(key(problem.issue(), position.getOffset(), position.getLength()), problem);
					}
				}
			}
			// Unchanged problems keep their annotations: a keystroke in a big model replaces only what changed.
			Map<Annotation, Position> added = new HashMap<>();
			List<Annotation> current = new ArrayList<>();
			for (Issue issue : issues) {
				int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
				int size = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), length - offset));
				ProblemAnnotation same = kept.remove(key(issue, offset, size));
				if (same != null) {
					current.add(same);
				} else {
					ProblemAnnotation annotation = new ProblemAnnotation(issue);
					added.put(annotation, new Position(offset, size));
					current.add(annotation);
				}
			}
			if (added.isEmpty() && kept.isEmpty()) {
				return;
			}
			synchronized (lockOf(model)) {
				Annotation[] removed = kept.values().toArray(Annotation[]::new);
				if (model instanceof IAnnotationModelExtension extension) {
					extension.replaceAnnotations(removed, added);
				} else {
					for (Annotation annotation : removed) {
						model.removeAnnotation(annotation);
					}
					added.forEach(model::addAnnotation);
				}
				shown.clear();
				shown.addAll(current);
			}
		}

		private static String key(Issue issue, int offset, int length) {
			return offset + ":" + length + ":" + issue.getSeverity() + ":" + issue.getCode() + ":" + issue.getMessage();
		}

		private static Object lockOf(IAnnotationModel model) {
			return model instanceof org.eclipse.jface.text.ISynchronizable synchronizable
					&& synchronizable.getLockObject() != null ? synchronizable.getLockObject() : model;
		}
	}
}
