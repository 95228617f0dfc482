/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.model.validation.Finding;
import ccf.workbench.ui.editor.ProjectModels;

/**
 * Loads the model of a {@code .ccf} file with the other models of its project (a deployment may be split), as the
 * editors show them.
 */
final class WorkspaceModels {

	/** A loaded model and what stops generating from it. */
	record Loaded(Deployment deployment, List<String> blocking) {
	}

	private WorkspaceModels() {
	}

	static Loaded load(IFile file) throws CoreException, IOException {
		XtextResourceSet resourceSet = ProjectModels.load(ProjectModels.of(file.getProject()));
		Resource own = resourceSet.getResource(ProjectModels.uri(file), false);
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
