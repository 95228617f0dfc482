/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/** The {@code .ccf} files of a project, which together hold its deployment (a deployment may be split over files). */
public final class ProjectModels {

	private ProjectModels() {
	}

	/** @return whether {@code file} is a deployment model */
	public static boolean isModel(IFile file) {
		return "ccf".equalsIgnoreCase(file.getFileExtension());
	}

	/** @return the model files of {@code project}, in workspace order */
	public static List<IFile> of(IProject project) throws CoreException {
		List<IFile> models = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && isModel(file)) {
				models.add(file);
			}
			return true;
		});
		return models;
	}

	/** @return the URI the models of the workspace have in resource sets */
	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/**
	 * Loads {@code files} into a new resource set of the language, each from its open editor's document when it has
	 * one (what the user sees, saved or not), else from the file, and resolves their references.
	 */
	public static XtextResourceSet load(List<IFile> files) throws CoreException, IOException {
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		for (IFile file : files) {
			Resource resource = resourceSet.createResource(uri(file));
			resource.load(new ByteArrayInputStream(text(file).getBytes(StandardCharsets.UTF_8)), null);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	/** @return the text of {@code file}: its open document's, else its content */
	public static String text(IFile file) throws CoreException, IOException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		}
	}
}
