/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.explorer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.ui.editor.CcfDocumentModel;
import ccf.workbench.ui.editor.CcfLanguage;

/**
 * Makes the Deployment Explorer the outline of the active {@code .ccf} editor: it shows a snapshot of the editor's
 * model, refreshed shortly after each change, and selecting an element there selects its name in the editor.
 */
final class EditorFollower implements IPartListener2, IDocumentListener {

	/** Milliseconds between the last change and the refresh of the tree. */
	static final int DELAY = 300;

	private final DeploymentExplorer explorer;
	private ITextEditor editor;
	private IDocument document;
	private final Runnable delayedRefresh = this::refresh;

	EditorFollower(DeploymentExplorer explorer) {
		this.explorer = explorer;
	}

	void start(IWorkbenchPage page) {
		page.addPartListener(this);
		if (page.getActiveEditor() != null) {
			follow(page.getActiveEditor());
		}
	}

	void stop(IWorkbenchPage page) {
		page.removePartListener(this);
		unfollow();
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		follow(reference.getPart(false));
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		follow(reference.getPart(false));
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			unfollow();
			IWorkbenchPage page = reference.getPage();
			IEditorPart next = page.getActiveEditor();
			if (next != null && isModelEditor(next)) {
				follow(next);
			} else {
				explorer.showSample();
			}
		}
	}

	private static boolean isModelEditor(Object part) {
		return part instanceof ITextEditor text && text.getEditorInput() != null
				&& text.getEditorInput().getAdapter(IFile.class) instanceof IFile file
				&& "ccf".equalsIgnoreCase(file.getFileExtension());
	}

	private void follow(Object part) {
		if (part == editor || !isModelEditor(part)) {
			return;
		}
		unfollow();
		editor = (ITextEditor) part;
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			document.addDocumentListener(this);
		}
		explorer.following(document);
		refresh();
	}

	private void unfollow() {
		if (document != null) {
			document.removeDocumentListener(this);
		}
		editor = null;
		document = null;
		explorer.following(null);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// refreshed once the change is made
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		// Each change restarts the wait: the copy of a big model, made on the UI thread, waits for a pause in typing.
		Display.getCurrent().timerExec(DELAY, delayedRefresh);
	}

	private void refresh() {
		if (document == null || explorer.getViewer() == null || explorer.getViewer().getControl().isDisposed()) {
			return;
		}
		Deployment snapshot = CcfDocumentModel.of(document).read((resource, text) -> resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Deployment deployment) ? null : EcoreUtil.copy(deployment));
		if (snapshot != null) {
			explorer.showSnapshot(snapshot, editor.getEditorInput().getName());
		}
	}

	/** Selects the name of {@code element} (of the shown snapshot) in the followed editor. */
	void reveal(EObject element, Deployment snapshot) {
		if (editor == null || document == null || element == null) {
			return;
		}
		String path = element == snapshot ? "" : EcoreUtil.getRelativeURIFragmentPath(snapshot, element);
		ITextRegion region = CcfDocumentModel.of(document).read((resource, text) -> {
			if (resource.getContents().isEmpty()) {
				return null;
			}
			EObject root = resource.getContents().get(0);
			EObject original = path.isEmpty() ? root : EcoreUtil.getEObject(root, path);
			return original == null ? null
					: CcfLanguage.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(original);
		});
		if (region != null) {
			editor.selectAndReveal(region.getOffset(), region.getLength());
		}
	}
}
