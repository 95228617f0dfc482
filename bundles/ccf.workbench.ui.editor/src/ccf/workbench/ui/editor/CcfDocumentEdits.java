/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.resource.XtextResource;

import ccf.workbench.dsl.fixes.CcfModelEdits;
import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.QuickFix.Edit;

/**
 * Model edits of an open {@code .ccf} document, written into its text. The text stays the one source of the model:
 * an edit made in the Properties view or the Deployment Explorer is a change of the document, recorded by the
 * document's undo manager as one step in the workbench's operation history, so that Undo in the editor, the Explorer
 * or the Properties view takes it back exactly, and typing and model edits share one history.
 */
public final class CcfDocumentEdits {

	private CcfDocumentEdits() {
	}

	/** What to change, computed on the current model of the document. */
	public interface Change {
		/**
		 * @param edits    the language's edit service
		 * @param root     the deployment as the document's current text has it
		 * @param resource its resource
		 * @return the edits of the text
		 * @throws Refused when the change cannot be made
		 */
		List<Edit> edits(CcfModelEdits edits, EObject root, XtextResource resource);
	}

	/** @return the language's model edit service */
	public static CcfModelEdits service() {
		return CcfLanguage.injector().getInstance(CcfModelEdits.class);
	}

	/**
	 * Computes {@code change} on the document's current model and writes it into the text as one undoable step.
	 *
	 * @return whether the text changed
	 * @throws Refused when the change cannot be made; the text is then as it was
	 */
	public static boolean apply(IDocument document, Change change) {
		List<Edit> edits = CcfDocumentModel.of(document)
				.read((resource, text) -> change.edits(service(), deployment(resource), resource));
		if (edits.isEmpty()) {
			return false;
		}
		write(document, edits);
		return true;
	}

	/**
	 * @return the deployment of a document's resource, to be edited
	 * @throws Refused when it has none or its text has syntax errors
	 */
	public static EObject deployment(XtextResource resource) {
		if (resource.getContents().isEmpty()) {
			throw new Refused("The file holds no deployment.");
		}
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			throw new Refused("The file has syntax errors: correct them in the editor first.");
		}
		return resource.getContents().get(0);
	}

	/** Writes {@code edits} (not overlapping) into {@code document} as one undoable change. */
	public static void write(IDocument document, List<Edit> edits) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (Edit edit : edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed()).toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("the edits do not fit the document's text", e);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}

	/** @return the undo context of the document's changes (its editor's), or null when no editor has it open */
	public static IUndoContext undoContext(IDocument document) {
		IDocumentUndoManager undo = document == null ? null : DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		return undo == null ? null : undo.getUndoContext();
	}
}
