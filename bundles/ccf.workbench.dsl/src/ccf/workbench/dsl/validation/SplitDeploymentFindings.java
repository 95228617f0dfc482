/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentParts;
import ccf.workbench.model.validation.Finding;

/**
 * The findings of a deployment split over several files of one resource set, computed once for all its parts
 * instead of once per file (which made validation grow with files times lines). Each part's resource keeps the same
 * result in its Xtext cache, which any change to that resource clears: the result stands while every part still
 * holds it and the parts are the same.
 */
final class SplitDeploymentFindings {

	private static final Object KEY = SplitDeploymentFindings.class;

	private final List<Deployment> parts;
	private final Map<Resource, List<Finding>> findings;

	private SplitDeploymentFindings(List<Deployment> parts) {
		this.parts = parts;
		this.findings = DeploymentParts.check(parts).stream().filter(finding -> finding.target().eResource() != null)
				.collect(Collectors.groupingBy(finding -> finding.target().eResource()));
	}

	/**
	 * The findings about the elements of the deployment's own file, computed for all {@code parts} (as
	 * {@link #parts} lists them) when the first asks.
	 */
	static List<Finding> of(Deployment deployment, List<Deployment> parts, OnChangeEvictingCache cache) {
		Object cached = cache.getOrCreate(deployment.eResource()).get(KEY);
		SplitDeploymentFindings shared = cached instanceof SplitDeploymentFindings known && known.isCurrent(parts, cache)
				? known
				: new SplitDeploymentFindings(parts);
		if (shared != cached) {
			for (Deployment part : parts) {
				cache.getOrCreate(part.eResource()).set(KEY, shared);
			}
		}
		return shared.findings.getOrDefault(deployment.eResource(), List.of());
	}

	private boolean isCurrent(List<Deployment> current, OnChangeEvictingCache cache) {
		if (!parts.equals(current)) {
			return false;
		}
		for (Deployment part : parts) {
			if (cache.getOrCreate(part.eResource()).get(KEY) != this) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The deployments of the same name in the loaded resources of the resource set, in the order of the resource set
	 * whichever part asks, so that every part sees the same first declaration of a name taken twice.
	 */
	static List<Deployment> parts(Deployment deployment) {
		Resource own = deployment.eResource();
		if (own == null || own.getResourceSet() == null || deployment.getName() == null) {
			return List.of(deployment);
		}
		List<Deployment> parts = new ArrayList<>();
		for (Resource resource : own.getResourceSet().getResources()) {
			if (resource == own) {
				parts.add(deployment);
			} else if (resource.isLoaded()) {
				for (Object root : resource.getContents()) {
					if (root instanceof Deployment other && deployment.getName().equals(other.getName())) {
						parts.add(other);
					}
				}
			}
		}
		return parts;
	}
}
