/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Toggle comment (Ctrl+/): comments the selected lines out with {@code //}, or back in when all of them are
 * comments already.
 */
public class CcfToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				toggle(document, selection.getStartLine(), selection.getEndLine());
			} catch (BadLocationException e) {
				throw new ExecutionException("The document changed while comments were toggled", e);
			}
		}
		return null;
	}

	/** Toggles the line comments of lines {@code first..last} (0-based). */
	public static void toggle(IDocument document, int first, int last) throws BadLocationException {
		boolean allCommented = true;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
				allCommented = false;
			}
		}
		for (int line = last; line >= first; line--) {
			IRegion region = document.getLineInformation(line);
			String text = lineText(document, line);
			if (allCommented) {
				int at = text.indexOf("//");
				if (at >= 0) {
					int length = text.startsWith("// ", at) ? 3 : 2;
					document.replace(region.getOffset() + at, length, "");
				}
			} else if (!text.isBlank()) {
				int indent = text.length() - text.stripLeading().length();
				document.replace(region.getOffset() + indent, 0, "// ");
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
