/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

import ccf.workbench.dsl.fixes.QuickFix;

/** Format (Ctrl+Shift+F): the language's formatter over the whole document, as one undoable change. */
public class CcfFormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				format(document);
			} catch (BadLocationException e) {
				throw new ExecutionException("The document changed while it was formatted", e);
			}
		}
		return null;
	}

	/** Formats {@code document} in place. */
	public static void format(IDocument document) throws BadLocationException {
		FormattingService formatter = CcfLanguage.injector().getInstance(FormattingService.class);
		List<QuickFix.Edit> edits = CcfDocumentModel.of(document).read((resource, text) -> {
			Document lspDocument = new Document(1, text);
			FormattingOptions options = new FormattingOptions(1, false);
			List<TextEdit> changes = formatter.format(resource, lspDocument, 0, text.length(), options);
			return changes.stream().map(change -> {
				int start = lspDocument.getOffSet(change.getRange().getStart());
				int end = lspDocument.getOffSet(change.getRange().getEnd());
				return new QuickFix.Edit(start, end - start, change.getNewText());
			}).toList();
		});
		CcfQuickFixProposal.apply(new QuickFix("Format", edits), document);
	}
}
