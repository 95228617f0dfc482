/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.Comparator;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import ccf.workbench.dsl.fixes.QuickFix;

/** A quick fix offered by Ctrl+1: applies its edits to the document, last edit first, as one undoable change. */
final class CcfQuickFixProposal implements ICompletionProposal {

	private final QuickFix fix;

	CcfQuickFixProposal(QuickFix fix) {
		this.fix = fix;
	}

	static void apply(QuickFix fix, IDocument document) throws BadLocationException {
		org.eclipse.jface.text.IDocumentExtension4 extension = document instanceof org.eclipse.jface.text.IDocumentExtension4 e
				? e : null;
		org.eclipse.jface.text.DocumentRewriteSession session = extension == null ? null
				: extension.startRewriteSession(org.eclipse.jface.text.DocumentRewriteSessionType.UNRESTRICTED_SMALL);
		try {
			for (QuickFix.Edit edit : fix.edits().stream().sorted(Comparator.comparingInt(QuickFix.Edit::offset).reversed())
					.toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (session != null) {
				extension.stopRewriteSession(session);
			}
		}
	}

	@Override
	public void apply(IDocument document) {
		try {
			apply(fix, document);
		} catch (BadLocationException e) {
			throw new IllegalStateException("the document changed under the quick fix", e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
