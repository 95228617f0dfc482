/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentParts;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.model.validation.Finding;

/**
 * The findings of the deployment rules about the deployment of one {@code .ccf} file, as its validator reports
 * them, computed once per state of the file: the editor's validation and the views that show problems (topology, SPN
 * matrix) share one check of the rules instead of running it each. The result lives in the resource's Xtext cache,
 * which any change to the resource clears; a deployment that other files could reach into is checked afresh.
 */
public final class DeploymentFindings {

	private static final Object KEY = DeploymentFindings.class;
	/** Stateless: the cached values live in an adapter of each resource, whichever instance put them there. */
	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	private DeploymentFindings() {
	}

	/**
	 * @return the findings of a deployment written in one file; for a part of a deployment split over several files,
	 *         the findings of the whole about the elements of this part's file
	 */
	public static List<Finding> of(Deployment deployment) {
		Resource resource = deployment.eResource();
		if (resource == null) {
			return DeploymentRules.check(deployment);
		}
		List<Deployment> parts = SplitDeploymentFindings.parts(deployment);
		if (parts.size() > 1) {
			return SplitDeploymentFindings.of(deployment, parts, CACHE);
		}
		if (!isAlone(resource)) {
			return DeploymentRules.check(deployment);
		}
		OnChangeEvictingCache.CacheAdapter cached = CACHE.getOrCreate(resource);
		if (cached.get(KEY) instanceof Checked checked && checked.deployment() == deployment) {
			return checked.findings();
		}
		List<Finding> findings = DeploymentRules.check(deployment);
		cached.set(KEY, new Checked(deployment, findings));
		return findings;
	}

	/** Whether no other .ccf file shares the resource set, whose changes the resource's cache would not see. */
	private static boolean isAlone(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		return resourceSet == null || resourceSet.getResources().stream()
				.allMatch(other -> other == resource || !(other instanceof XtextResource));
	}

	private record Checked(Deployment deployment, List<Finding> findings) {
	}
}
