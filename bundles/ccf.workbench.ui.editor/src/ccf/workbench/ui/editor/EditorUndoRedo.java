/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Undo and Redo of a view that edits the text of a {@code .ccf} editor (the Deployment Explorer, the Topology view):
 * the workbench's handlers on the undo history of the editor's document, so that Ctrl+Z in the view, or in the
 * Properties page it contributes, undoes what was written there as the editor's own Undo would.
 */
public final class EditorUndoRedo {

	private final IUndoContext none;
	private final UndoActionHandler undo;
	private final RedoActionHandler redo;

	/** Installs the handlers in the view's action bars; they have nothing to undo until {@link #follow}. */
	public EditorUndoRedo(IWorkbenchPartSite site, IActionBars bars) {
		none = new ObjectUndoContext(this, "no .ccf editor");
		undo = new UndoActionHandler(site, none);
		redo = new RedoActionHandler(site, none);
		install(bars);
	}

	/** Undoes and redoes in the history of {@code document}, or in none when it is null or has no undo manager. */
	public void follow(IDocument document) {
		IUndoContext context = document == null ? null : CcfDocumentEdits.undoContext(document);
		undo.setContext(context == null ? none : context);
		redo.setContext(context == null ? none : context);
	}

	private void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	/** A Properties page whose Undo and Redo are these. */
	public PropertySheetPage propertySheetPage() {
		return new PropertySheetPage() {
			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				install(actionBars);
			}
		};
	}

	/** @return the Undo action, for a context menu */
	public IAction undoAction() {
		return undo;
	}

	/** @return the Redo action, for a context menu */
	public IAction redoAction() {
		return redo;
	}

	public void dispose() {
		undo.dispose();
		redo.dispose();
	}
}
