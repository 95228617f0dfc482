/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.dsl.fixes.CcfRename;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.model.deployment.NamedElement;

/**
 * Find References (Ctrl+Shift+G): the places in the project's {@code .ccf} files that name the element at the caret,
 * listed with file, line and text; choosing one opens it.
 */
public class CcfFindReferencesHandler extends AbstractHandler {

	/** One place that names the element. */
	public record Reference(IFile file, int offset, int length, int line, String lineText) {

		@Override
		public String toString() {
			return file.getName() + ":" + line + ": " + lineText.strip();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)
				|| editor.getEditorInput().getAdapter(IFile.class) == null) {
			return null;
		}
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		String[] target = CcfDocumentModel.of(editor.getDocumentProvider().getDocument(editor.getEditorInput()))
				.read((resource, text) -> {
					EObject element = new EObjectAtOffsetHelper().resolveElementAt(resource, selection.getOffset());
					return element instanceof NamedElement named && named.eResource() == resource
							? new String[] { named.getName(), resource.getURIFragment(named) } : null;
				});
		if (target == null) {
			return null;
		}
		List<Reference> references;
		try {
			references = find(file, target[1]);
		} catch (CoreException | IOException e) {
			throw new ExecutionException("The references could not be searched: " + e.getMessage(), e);
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event),
				new LabelProvider());
		dialog.setTitle("References to " + target[0]);
		dialog.setMessage(references.isEmpty() ? "Nothing refers to " + target[0] + "."
				: references.size() + " reference(s) to " + target[0] + ":");
		dialog.setElements(references.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Reference chosen) {
			try {
				if (IDE.openEditor(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), chosen.file(),
						true) instanceof ITextEditor opened) {
					opened.selectAndReveal(chosen.offset(), chosen.length());
				}
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}

	/** @return the references, in the project's files, to the element at {@code fragment} of {@code file} */
	public static List<Reference> find(IFile file, String fragment) throws CoreException, IOException {
		List<IFile> models = ProjectModels.of(file.getProject());
		XtextResourceSet resourceSet = ProjectModels.load(models);
		EObject element = resourceSet.getEObject(ProjectModels.uri(file).appendFragment(fragment), false);
		List<Reference> references = new ArrayList<>();
		if (element == null) {
			return references;
		}
		Map<URI, List<QuickFix.Edit>> found = CcfRename.references(resourceSet, element);
		for (IFile model : models) {
			String text = ProjectModels.text(model);
			for (QuickFix.Edit edit : found.getOrDefault(ProjectModels.uri(model), List.of())) {
				int lineStart = text.lastIndexOf('\n', edit.offset() - 1) + 1;
				int lineEnd = text.indexOf('\n', edit.offset());
				int line = (int) text.substring(0, edit.offset()).chars().filter(c -> c == '\n').count() + 1;
				references.add(new Reference(model, edit.offset(), edit.length(), line,
						text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)));
			}
		}
		return references;
	}
}
