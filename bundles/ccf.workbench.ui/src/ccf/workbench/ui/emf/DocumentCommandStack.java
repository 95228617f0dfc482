/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.text.IDocument;

import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.ui.editor.CcfDocumentEdits;
import ccf.workbench.ui.editor.CcfDocumentModel;
import ccf.workbench.ui.editor.CcfElement;
import ccf.workbench.ui.editor.ProjectRename;

/**
 * The command stack of the model views of a {@code .ccf} document. The views show copies of the document's model; a
 * command executed on a copy (a {@link SetCommand} from the Properties view, a {@link TextCommand} that deletes or
 * adds an element from the Explorer) is not carried out on the copy but written as a minimal edit of the document's
 * text, which the views then show once it is parsed again. The text is the one source of the model and its editor's
 * undo history the one history: {@link #undo()} and {@link #redo()} undo and redo the document's changes in the workbench's operation
 * history, in the undo context of its editor, so that one edit is one step whichever view undoes it.
 */
public final class DocumentCommandStack implements CommandStack {

	/**
	 * A change of the model that is an edit of the document's text, made by this stack ({@link #deleteCommand},
	 * {@link #addCommand}): executing it writes the edit; its undo is the document's, see {@link #undo()}.
	 */
	public static final class TextCommand extends AbstractCommand {
		private final boolean executable;
		private final Runnable write;

		private TextCommand(String label, boolean executable, Runnable write) {
			super(label);
			this.executable = executable;
			this.write = write;
		}

		@Override
		protected boolean prepare() {
			return executable;
		}

		/** Undone in the document's history, with the editor's other changes, not by the command. */
		@Override
		public boolean canUndo() {
			return false;
		}

		@Override
		public void execute() {
			write.run();
		}

		/** Writes the edit again, computed on the text as it is now. */
		@Override
		public void redo() {
			write.run();
		}
	}

	/** @return the command that deletes {@code copy} (an element of a copy of the model) from the text */
	public TextCommand deleteCommand(EObject copy) {
		String path = CcfElement.pathOf(copy);
		return new TextCommand("Delete", copy.eContainer() != null, () -> CcfDocumentEdits.apply(document,
				(edits, root, resource) -> edits.delete(original(root, copy, path))));
	}

	/**
	 * @return the command that writes {@code child} (new, not contained yet) into the list {@code feature} of
	 *         {@code container} (an element of a copy of the model)
	 */
	public TextCommand addCommand(EObject container, EReference feature, EObject child) {
		String path = CcfElement.pathOf(container);
		return new TextCommand("New " + child.eClass().getName(), feature.isMany() && feature.isContainment(),
				() -> CcfDocumentEdits.apply(document,
						(edits, root, resource) -> edits.add(original(root, container, path), feature, child)));
	}

	private final List<CommandStackListener> listeners = new ArrayList<>();
	private IDocument document;
	private Consumer<String> refusals = message -> {
	};
	private String lastRefusal;
	private Command mostRecent;

	/** Sets the document whose copies the commands are executed on; null for none (commands are then refused). */
	public void setDocument(IDocument document) {
		this.document = document;
	}

	public IDocument getDocument() {
		return document;
	}

	/** Tells {@code handler} why a command was refused (the text is then unchanged). */
	public void onRefusal(Consumer<String> handler) {
		refusals = handler;
	}

	/** Refuses a change before it became a command: tells the refusal handler why. */
	public void refuse(String message) {
		lastRefusal = message;
		refusals.accept(message);
	}

	/** @return the message of the last refused command, or null */
	public String lastRefusal() {
		return lastRefusal;
	}

	/** @return the undo context of the document's changes, or null */
	public IUndoContext undoContext() {
		return CcfDocumentEdits.undoContext(document);
	}

	@Override
	public void execute(Command command) {
		lastRefusal = null;
		try {
			if (document == null) {
				throw new Refused("The model is not that of an open .ccf editor: open the file to edit it.");
			}
			SetCommand set = find(command, SetCommand.class);
			TextCommand text = find(command, TextCommand.class);
			if (set != null) {
				set(set.getOwner(), set.getFeature(), set.getValue() == SetCommand.UNSET_VALUE ? null : set.getValue());
			} else if (text != null && text.canExecute()) {
				text.execute();
			} else {
				throw new Refused("This change cannot be written into the .ccf text: make it in the editor.");
			}
			mostRecent = command;
			fire();
		} catch (Refused e) {
			lastRefusal = e.getMessage();
			refusals.accept(e.getMessage());
		} finally {
			command.dispose();
		}
	}

	private void set(EObject owner, EStructuralFeature feature, Object value) {
		String path = CcfElement.pathOf(owner);
		IFile file = ProjectRename.fileOf(document);
		if (feature == DeploymentPackage.Literals.NAMED_ELEMENT__NAME && value instanceof String newName
				&& owner instanceof NamedElement named && named.getName() != null && file != null) {
			renameInProject(file, owner, path, newName);
			return;
		}
		EObject ownerRoot = EcoreUtil.getRootContainer(owner);
		String valuePath = value instanceof EObject target && EcoreUtil.getRootContainer(target) == ownerRoot
				? CcfElement.pathOf(target) : null;
		CcfDocumentEdits.apply(document, (edits, root, resource) -> {
			EObject element = original(root, owner, path);
			Object newValue = value;
			if (valuePath != null) {
				newValue = CcfElement.find(root, valuePath);
			} else if (value instanceof EObject target && target.eResource() != null
					&& target.eResource().getResourceSet() != resource.getResourceSet()) {
				EObject same = resource.getResourceSet().getEObject(EcoreUtil.getURI(target), true);
				newValue = same != null ? same : target;
			}
			return edits.set(element, feature, newValue);
		});
	}

	/** A rename is the editor's rename (Alt+Shift+R): the references in the project's other files follow too. */
	private void renameInProject(IFile file, EObject owner, String path, String newName) {
		String fragment = CcfDocumentModel.of(document).read((resource, text) -> resource
				.getURIFragment(original(CcfDocumentEdits.deployment(resource), owner, path)));
		try {
			ProjectRename.rename(file, fragment, newName);
		} catch (CoreException | IOException e) {
			throw new Refused("The rename could not be completed: " + e.getMessage());
		}
	}

	private static EObject original(EObject root, EObject copy, String path) {
		EObject element = CcfElement.find(root, path);
		if (element == null || element.eClass() != copy.eClass()) {
			throw new Refused("The element is no longer in the text.");
		}
		return element;
	}

	/**
	 * @return the elements that {@code reference} of {@code owner} (of a copy of the model) may name in the document's
	 *         text, by name: elements of the copy where it has them, else those of the catalogue
	 */
	public Map<String, EObject> candidates(EObject owner, EReference reference) {
		if (document == null) {
			return Map.of();
		}
		String path = CcfElement.pathOf(owner);
		EObject ownerRoot = EcoreUtil.getRootContainer(owner);
		Map<String, Object> found = CcfDocumentModel.of(document).read((resource, text) -> {
			Map<String, Object> result = new LinkedHashMap<>();
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			EObject element = CcfElement.find(root, path);
			if (element == null || element.eClass() != owner.eClass()) {
				return result;
			}
			CcfDocumentEdits.service().candidates(element, reference).forEach((name, candidate) -> result.put(name,
					EcoreUtil.getRootContainer(candidate) == root ? (Object) CcfElement.pathOf(candidate) : candidate));
			return result;
		});
		Map<String, EObject> candidates = new LinkedHashMap<>();
		found.forEach((name, candidate) -> {
			EObject object = candidate instanceof String place ? CcfElement.find(ownerRoot, place) : (EObject) candidate;
			if (object != null) {
				candidates.put(name, object);
			}
		});
		return candidates;
	}

	private static <T> T find(Command command, Class<T> type) {
		if (type.isInstance(command)) {
			return type.cast(command);
		}
		if (command instanceof CommandWrapper wrapper) {
			return find(wrapper.getCommand(), type);
		}
		if (command instanceof CompoundCommand compound && compound.getCommandList().size() == 1) {
			return find(compound.getCommandList().get(0), type);
		}
		return null;
	}

	private void fire() {
		EventObject event = new EventObject(this);
		for (CommandStackListener listener : List.copyOf(listeners)) {
			listener.commandStackChanged(event);
		}
	}

	private static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}

	@Override
	public boolean canUndo() {
		IUndoContext context = undoContext();
		return context != null && history().canUndo(context);
	}

	@Override
	public void undo() {
		step(true);
	}

	@Override
	public boolean canRedo() {
		IUndoContext context = undoContext();
		return context != null && history().canRedo(context);
	}

	@Override
	public void redo() {
		step(false);
	}

	/** Undoes or redoes the document's last change in its editor's history. */
	private void step(boolean undo) {
		IUndoContext context = undoContext();
		if (context == null) {
			return;
		}
		try {
			if (undo) {
				history().undo(context, null, null);
			} else {
				history().redo(context, null, null);
			}
		} catch (ExecutionException e) {
			refusals.accept((undo ? "Undo" : "Redo") + " failed: " + e.getMessage());
		}
		fire();
	}

	@Override
	public Command getUndoCommand() {
		return null;
	}

	@Override
	public Command getRedoCommand() {
		return null;
	}

	@Override
	public Command getMostRecentCommand() {
		return mostRecent;
	}

	@Override
	public void flush() {
		mostRecent = null;
	}

	@Override
	public void addCommandStackListener(CommandStackListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeCommandStackListener(CommandStackListener listener) {
		listeners.remove(listener);
	}
}
