/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * The builder of a CCF deployment project: when a {@code .ccf} file changes, every {@code .ccf} file of the project is
 * checked again, together (a deployment may be split over several files), and its problem markers are replaced.
 * Nothing is checked when no {@code .ccf} file changed.
 */
public class CcfProjectBuilder extends IncrementalProjectBuilder {

	public static final String ID = "ccf.workbench.ui.editor.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta != null && !touchesModels(delta)) {
			return null;
		}
		try {
			validateAll(getProject(), monitor);
		} catch (OperationCanceledException e) {
			// A cancelled check left some markers old: the next build checks every file again.
			forgetLastBuiltState();
			throw e;
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(CcfProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	private static boolean touchesModels(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(child -> {
			if (child.getResource() instanceof IFile file && ProjectModels.isModel(file)) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}

	/** Checks every model file of {@code project} and replaces their markers. */
	public static void validateAll(IProject project, IProgressMonitor monitor) throws CoreException {
		List<IFile> models = ProjectModels.of(project);
		SubMonitor progress = SubMonitor.convert(monitor, "Checking the deployment models of " + project.getName(),
				models.size() * 2);
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (IFile file : models) {
			progress.subTask("Reading " + file.getFullPath());
			progress.split(1);
			resources.add(resourceSet.getResource(ProjectModels.uri(file), true));
		}
		EcoreUtil.resolveAll(resourceSet);
		for (int i = 0; i < models.size(); i++) {
			progress.subTask("Checking " + models.get(i).getFullPath());
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			XtextResource resource = (XtextResource) resources.get(i);
			IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, progress::isCanceled);
			CcfProblemMarkers.replace(models.get(i), issues);
			progress.worked(1);
		}
	}
}
