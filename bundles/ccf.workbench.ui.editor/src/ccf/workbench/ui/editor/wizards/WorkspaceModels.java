/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.model.validation.Finding;
import ccf.workbench.ui.editor.CcfLanguage;

/** Loads the model of a {@code .ccf} file with the other models of its project (a deployment may be split). */
final class WorkspaceModels {

	/** A loaded model and what stops generating from it. */
	record Loaded(Deployment deployment, List<String> blocking) {
	}

	private WorkspaceModels() {
	}

	static Loaded load(IFile file, IProgressMonitor monitor) throws CoreException {
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		List<IFile> models = new ArrayList<>();
		file.getProject().accept(resource -> {
			if (resource instanceof IFile other && "ccf".equalsIgnoreCase(other.getFileExtension())) {
				models.add(other);
			}
			return true;
		});
		Resource own = null;
		for (IFile model : models) {
			Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(model.getFullPath().toString(), true),
					true);
			if (model.equals(file)) {
				own = resource;
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		List<String> blocking = new ArrayList<>();
		if (own == null || own.getContents().isEmpty() || !(own.getContents().get(0) instanceof Deployment deployment)) {
			blocking.add(file.getName() + " holds no deployment");
			return new Loaded(null, blocking);
		}
		own.getErrors().forEach(error -> blocking.add(file.getName() + ":" + error.getLine() + ": " + error.getMessage()));
		for (Finding finding : DeploymentRules.check(deployment)) {
			if (finding.blocksGeneration()) {
				blocking.add(finding.message() + " [" + finding.code() + "]");
			}
		}
		return new Loaded(deployment, blocking);
	}
}
