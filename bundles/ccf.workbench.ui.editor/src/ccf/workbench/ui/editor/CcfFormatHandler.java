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
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

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
		// A fresh parse of the text: formatting rewrites the whole file, so it must not rest on a node model that
		// partial parsing has patched.
		String text = document.get();
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/format.ccf"));
		try {
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		Document lspDocument = new Document(1, text);
		List<TextEdit> changes = formatter.format(resource, lspDocument, 0, text.length(), new FormattingOptions(1, false));
		List<QuickFix.Edit> edits = changes.stream().map(change -> {
			int start = lspDocument.getOffSet(change.getRange().getStart());
			int end = lspDocument.getOffSet(change.getRange().getEnd());
			return new QuickFix.Edit(start, end - start, change.getNewText());
		}).toList();
		CcfQuickFixProposal.apply(new QuickFix("Format", edits), document);
	}
}
