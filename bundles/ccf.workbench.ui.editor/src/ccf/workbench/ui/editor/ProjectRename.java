/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.CcfRename;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.model.deployment.NamedElement;

/**
 * A rename of an element of a project's deployment: its name and every reference to it in every {@code .ccf} file of
 * the project, each file read from its open document when it has one. Each document takes its edits as one undoable
 * step of its own editor's history (open editors keep the change unsaved); files no editor has open are saved.
 */
public final class ProjectRename {

	private ProjectRename() {
	}

	/** @return the workspace file {@code document} is the content of, or null */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation()) instanceof IFile file ? file
				: null;
	}

	/**
	 * Renames the element at {@code fragment} of {@code file} to {@code newName} across the project.
	 *
	 * @throws Refused when {@code newName} is no name or the element is not in the file
	 */
	public static void rename(IFile file, String fragment, String newName) throws CoreException, IOException {
		String written = CcfDocumentEdits.service().writtenName(newName);
		List<IFile> models = ProjectModels.of(file.getProject());
		XtextResourceSet resourceSet = ProjectModels.load(models);
		EObject element = resourceSet.getEObject(ProjectModels.uri(file).appendFragment(fragment), false);
		if (!(element instanceof NamedElement named)) {
			throw new Refused("The element is no longer in the text.");
		}
		Map<URI, List<QuickFix.Edit>> edits = CcfRename.rename(resourceSet, named, written);
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		for (IFile model : models) {
			List<QuickFix.Edit> fileEdits = edits.get(ProjectModels.uri(model));
			if (fileEdits == null) {
				continue;
			}
			manager.connect(model.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(model.getFullPath(), LocationKind.IFILE);
				boolean open = buffer.isShared() || buffer.isDirty();
				CcfDocumentEdits.write(buffer.getDocument(), fileEdits);
				if (!open) {
					buffer.commit(new NullProgressMonitor(), false);
				}
			} finally {
				manager.disconnect(model.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			}
		}
	}
}
