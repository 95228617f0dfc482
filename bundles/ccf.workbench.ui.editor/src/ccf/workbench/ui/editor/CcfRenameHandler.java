/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.CcfRename;
import ccf.workbench.model.deployment.NamedElement;

/**
 * Rename (Alt+Shift+R) of the element at the caret, a declaration or a reference to one: its name and every
 * reference in every {@code .ccf} file of the project change ({@link ProjectRename}).
 */
public class CcfRenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)
				|| editor.getEditorInput().getAdapter(IFile.class) == null) {
			return null;
		}
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String[] found = CcfDocumentModel.of(document).read((resource, text) -> {
			EObject element = new EObjectAtOffsetHelper().resolveElementAt(resource, selection.getOffset());
			return element instanceof NamedElement named && named.getName() != null && named.eResource() == resource
					? new String[] { named.getName(), resource.getURIFragment(named) } : null;
		});
		if (found == null) {
			return null;
		}
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "Rename", "New name of " + found[0] + ":",
				found[0], CcfRename::checkName);
		if (dialog.open() != Window.OK || dialog.getValue().equals(found[0])) {
			return null;
		}
		try {
			ProjectRename.rename(file, found[1], dialog.getValue());
		} catch (CoreException | IOException | Refused e) {
			throw new ExecutionException("The rename could not be completed: " + e.getMessage(), e);
		}
		return null;
	}
}
