/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.util.function.Consumer;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Follows the active {@code .ccf} editor of a workbench page and tells a view when to show another deployment: when
 * another .ccf editor becomes active, when the shown one closes (with null), and when its text changes, once the
 * typing pauses.
 */
public final class CcfEditorTracker {

	/**
	 * How long the text must rest before the views re-read it: a little longer than the editor waits before checking
	 * it ({@link ccf.workbench.ui.editor.CcfValidationReconciler#DELAY}), so that the views mostly find the text parsed and checked.
	 */
	public static final int DEBOUNCE_MILLIS = 50;

	private final IWorkbenchPage page;
	private final Consumer<ITextEditor> onChange;
	private ITextEditor editor;
	private IDocument document;
	private final Runnable refresh = this::fire;

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// the views read the text once it changed
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof ITextEditor activated && isCcf(activated) && activated != editor) {
				follow(activated);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(page.getActiveEditor() instanceof ITextEditor next && next != editor && isCcf(next) ? next : null);
			}
		}
	};

	public CcfEditorTracker(IWorkbenchPage page, Consumer<ITextEditor> onChange) {
		this.page = page;
		this.onChange = onChange;
		page.addPartListener(partListener);
		IEditorPart active = page.getActiveEditor();
		follow(active instanceof ITextEditor text && isCcf(text) ? text : null);
	}

	public ITextEditor editor() {
		return editor;
	}

	/** @return the shown editor's document, or null */
	public IDocument document() {
		return document;
	}

	static boolean isCcf(ITextEditor editor) {
		return editor.getEditorInput() != null && editor.getEditorInput().getName().toLowerCase().endsWith(".ccf");
	}

	private void follow(ITextEditor next) {
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		editor = next;
		document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		fire();
	}

	/** (Re)starts the wait: each change postpones the refresh, so that typing refreshes once it pauses. */
	private void schedule() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(DEBOUNCE_MILLIS, refresh);
		}
	}

	private void fire() {
		onChange.accept(editor);
	}

	public void dispose() {
		page.removePartListener(partListener);
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, refresh);
		}
	}
}
