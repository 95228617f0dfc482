/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import ccf.workbench.ui.editor.CcfValidationReconciler;
import ccf.workbench.ui.editor.CcfValidationReconciler.ProblemAnnotation;

/**
 * The editor's figures, run on demand by {@code releng/bench/editor.sh} (never in CI): opening a big model until its
 * problems show, and keystroke-to-annotations latency. It prints figures and asserts nothing.
 */
@EnabledIfSystemProperty(named = "ccf.bench.model", matches = ".+")
class EditorBenchmark {

	@Test
	void openAndType() throws Exception {
		Path model = Path.of(System.getProperty("ccf.bench.model"));
		int keystrokes = Integer.getInteger("ccf.bench.keystrokes", 31);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Benchmark");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		IFile file = project.getFile("model.ccf");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(Files.readAllBytes(model)), true, new NullProgressMonitor());

		long start = System.nanoTime();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file, true);
		long visible = System.nanoTime();
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		IAnnotationModel annotations = viewer.getAnnotationModel();
		UiEvents.waitUntil("the first check", 120, () -> problems(annotations) > 0);
		long checked = System.nanoTime();

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int lines = document.getNumberOfLines();
		List<Double> latencies = new ArrayList<>();
		// Each keystroke breaks or mends a reference, so that each changes the problems the editor shows.
		int at = document.get().indexOf(" in CcfPool") + " in CcfPool".length();
		for (int i = 0; i < keystrokes; i++) {
			long[] changed = { 0 };
			ProblemsReplaced listener = new ProblemsReplaced() {
				@Override
				public void modelChanged(IAnnotationModel model) {
					// the event form below says what changed
				}

				@Override
				public void modelChanged(AnnotationModelEvent event) {
					if (changed[0] == 0
							&& (Arrays.stream(event.getAddedAnnotations()).anyMatch(ProblemAnnotation.class::isInstance)
									|| Arrays.stream(event.getRemovedAnnotations()).anyMatch(ProblemAnnotation.class::isInstance))) {
						changed[0] = System.nanoTime();
					}
				}
			};
			annotations.addAnnotationModelListener(listener);
			long typed = System.nanoTime();
			if (i % 2 == 0) {
				document.replace(at, 0, "x");
			} else {
				document.replace(at, 1, "");
			}
			UiEvents.waitUntil("annotations after keystroke " + i, 60, () -> changed[0] != 0);
			latencies.add((changed[0] - typed) / 1e6);
			annotations.removeAnnotationModelListener(listener);
			UiEvents.waitUntil("the reconciler to settle", 5, () -> true);
		}
		latencies.sort(Double::compare);
		System.out.printf(Locale.ROOT, "BENCH lines=%d problems=%d open-to-visible-ms=%.0f open-to-problems-ms=%.0f "
				+ "keystroke-median-ms=%.0f keystroke-min-ms=%.0f keystroke-max-ms=%.0f reconciler-delay-ms=%d%n", lines,
				problems(annotations), (visible - start) / 1e6, (checked - start) / 1e6, latencies.get(latencies.size() / 2),
				latencies.get(0), latencies.get(latencies.size() - 1), CcfValidationReconciler.DELAY);
		page.closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	/** Both listener interfaces: the annotation model sends its detailed events only to extension listeners. */
	private interface ProblemsReplaced extends IAnnotationModelListener, IAnnotationModelListenerExtension {
	}

	private static int problems(IAnnotationModel model) {
		int count = 0;
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotation) {
				count++;
			}
		}
		return count;
	}
}
