/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.scoping;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.model.deployment.WebServer;

/**
 * Scoping of the .ccf language, built for large models: every look-up is a hash probe into a name index that is
 * computed once per resource and kept in Xtext's per-resource cache (cleared when the resource changes).
 * <ul>
 * <li>domains, web servers, accounts and principals: this file first, then every other {@code .ccf} file of the
 * resource set (the global scope), so that a deployment can be split over several files;</li>
 * <li>the pool of a service installation: the pools of the same server;</li>
 * <li>the service of an installation: the built-in CCF 2009 catalogue, by short name ({@code AgentCredentials}).</li>
 * </ul>
 */
public class CcfScopeProvider extends AbstractCcfScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == DeploymentPackage.Literals.SERVICE_INSTALLATION__SERVICE) {
			return catalogueScope(context.eResource());
		}
		if (reference == DeploymentPackage.Literals.SERVICE_INSTALLATION__POOL) {
			return poolScope(EcoreUtil2.getContainerOfType(context, WebServer.class));
		}
		if (reference == DeploymentPackage.Literals.ALIAS__TARGETS
				|| reference == DeploymentPackage.Literals.APP_POOL__IDENTITY
				|| reference == DeploymentPackage.Literals.PRINCIPAL__DOMAIN
				|| reference == DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__OWNER) {
			Resource resource = context.eResource();
			return new NameIndexScope(topLevelIndex(resource, reference.getEReferenceType()),
					() -> globalScopeProvider.getScope(resource, reference, null));
		}
		return super.getScope(context, reference);
	}

	/** Domains, controllers, accounts, servers and aliases of the resource that are instances of {@code type}. */
	private Map<String, IEObjectDescription> topLevelIndex(Resource resource, EClass type) {
		return cache.get(Tuples.pair(CcfScopeProvider.class, type), resource, () -> {
			Map<String, IEObjectDescription> index = new LinkedHashMap<>();
			TreeIterator<EObject> contents = resource.getAllContents();
			while (contents.hasNext()) {
				EObject next = contents.next();
				if (type.isInstance(next)) {
					add(index, (NamedElement) next);
				}
				if (!(next instanceof Deployment || next instanceof Domain)) {
					contents.prune();
				}
			}
			return index;
		});
	}

	private IScope poolScope(WebServer server) {
		if (server == null || server.eResource() == null) {
			return IScope.NULLSCOPE;
		}
		return new NameIndexScope(cache.get(Tuples.pair(server, "pools"), server.eResource(),
				() -> index(server.getAppPools())), () -> IScope.NULLSCOPE);
	}

	private IScope catalogueScope(Resource resource) {
		if (resource == null || resource.getResourceSet() == null) {
			return IScope.NULLSCOPE;
		}
		return new NameIndexScope(cache.get(CcfServiceCatalogs.CCF_2009_URI, resource,
				() -> index(CcfServiceCatalogs.ccf2009(resource.getResourceSet()).getServices())), () -> IScope.NULLSCOPE);
	}

	private static Map<String, IEObjectDescription> index(Collection<? extends NamedElement> elements) {
		Map<String, IEObjectDescription> index = new LinkedHashMap<>();
		for (NamedElement element : elements) {
			add(index, element);
		}
		return index;
	}

	private static void add(Map<String, IEObjectDescription> index, NamedElement element) {
		String name = element.getName();
		if (name != null && !name.isEmpty()) {
			// The first declaration wins; duplicates are the validator's business.
			index.putIfAbsent(name, EObjectDescription.create(QualifiedName.create(name), element));
		}
	}
}
