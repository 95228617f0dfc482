/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.ui.editor.CcfProjectNature;

/**
 * A CCF deployment project of the test workspace holding the article's model ({@code examples/kb969803-fabrikam.ccf}),
 * as the UI tests start from it; {@link #delete()} closes the editors and removes it again.
 */
final class ArticleProject {

	final IWorkbenchPage page;
	final IProject project;
	/** The model's file, {@code kb969803-fabrikam.ccf} unless named otherwise. */
	final IFile model;

	private ArticleProject(IWorkbenchPage page, IProject project, IFile model) {
		this.page = page;
		this.project = project;
		this.model = model;
	}

	/** A project {@code name} (with the CCF nature, so that the builder checks it) holding the article's model. */
	static ArticleProject create(String name) throws CoreException, IOException {
		return create(name, "kb969803-fabrikam.ccf", true);
	}

	static ArticleProject create(String name, String fileName, boolean ccfNature) throws CoreException, IOException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		if (ccfNature) {
			CcfProjectNature.addTo(project, new NullProgressMonitor());
		}
		IFile model = project.getFile(fileName);
		byte[] text = Files.readAllBytes(articleModel());
		if (model.exists()) {
			model.setContents(new ByteArrayInputStream(text), true, false, new NullProgressMonitor());
		} else {
			model.create(new ByteArrayInputStream(text), true, new NullProgressMonitor());
		}
		return new ArticleProject(page, project, model);
	}

	/** The article's model in the source tree; {@code ccf.examples} names the folder when the tests run elsewhere. */
	static Path articleModel() {
		return Path.of(System.getProperty("ccf.examples", "../../examples"), "kb969803-fabrikam.ccf");
	}

	/** Opens the model in its editor, the {@code .ccf} editor, and activates it. */
	ITextEditor open() throws PartInitException {
		return (ITextEditor) IDE.openEditor(page, model, true);
	}

	void delete() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}
}
