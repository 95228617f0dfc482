/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.impl.DeploymentImpl;

/**
 * The parts of a deployment written in several files, seen as one deployment: each of its lists is the parts' lists
 * one after the other, read-only. The elements stay in their parts, so the rules' findings point at them and nothing
 * is copied. Name and description are the first part's.
 */
final class MergedDeployment extends DeploymentImpl {

	MergedDeployment(List<Deployment> parts) {
		name = parts.get(0).getName();
		description = parts.get(0).getDescription();
		domains = merged(parts, Deployment::getDomains);
		accounts = merged(parts, Deployment::getAccounts);
		webServers = merged(parts, Deployment::getWebServers);
		aliases = merged(parts, Deployment::getAliases);
		clientGroups = merged(parts, Deployment::getClientGroups);
		sqlServers = merged(parts, Deployment::getSqlServers);
		spns = merged(parts, Deployment::getSpns);
	}

	private static <T> EList<T> merged(List<Deployment> parts, Function<Deployment, EList<T>> list) {
		BasicEList<T> all = new BasicEList<>(parts.stream().mapToInt(part -> list.apply(part).size()).sum());
		parts.forEach(part -> all.addAll(list.apply(part)));
		return ECollections.unmodifiableEList(all);
	}
}
