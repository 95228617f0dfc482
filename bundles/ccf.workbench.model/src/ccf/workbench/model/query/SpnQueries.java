/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SpnStatus;
import ccf.workbench.model.deployment.WebServer;

/**
 * The SPNs the article requires and how they compare with the ones registered in the directory.
 * <p>
 * .NET 3.5 SP1 clients ask for {@code host/<host in the URL>}. With the URL on the alias, the ticket must be
 * encrypted for the principal that decrypts it in IIS: the pool's domain account (or the computer when the pool
 * runs as a built-in identity). The directory compares SPNs case-insensitively.
 */
public final class SpnQueries {

	/** Service classes a browser or WCF client may ask for when it calls an http(s) URL. */
	private static final Set<String> HTTP_CLASSES = Set.of("host", "http");

	private SpnQueries() {
	}

	public static String text(ServicePrincipalName spn) {
		StringBuilder text = new StringBuilder(HostQueries.nullToEmpty(spn.getServiceClass())).append('/')
				.append(HostQueries.nullToEmpty(spn.getHost()));
		if (spn.getPort() != null) {
			text.append(':').append(spn.getPort());
		}
		if (!HostQueries.isBlank(spn.getServiceName())) {
			text.append('/').append(spn.getServiceName());
		}
		return text.toString();
	}

	public static boolean sameName(ServicePrincipalName spn, ServicePrincipalName other) {
		return other != null && text(spn).equalsIgnoreCase(text(other));
	}

	public static EList<Principal> owners(Alias alias) {
		Set<Principal> owners = new LinkedHashSet<>();
		for (WebServer server : alias.getTargets()) {
			for (ServiceInstallation installation : server.getServices()) {
				AppPool pool = installation.getPool();
				if (pool != null) {
					owners.add(pool.usesDomainAccount() ? pool.getIdentity() : server);
				}
			}
		}
		return ECollections.unmodifiableEList(new BasicEList<>(owners));
	}

	/** {@code host/<alias>} and {@code host/<alias FQDN>} for each principal that must own them. */
	public static EList<ServicePrincipalName> required(Deployment deployment) {
		EList<ServicePrincipalName> result = new BasicEList<>();
		for (Alias alias : deployment.getAliases()) {
			Set<String> hosts = new LinkedHashSet<>();
			if (!HostQueries.isBlank(alias.getName())) {
				hosts.add(alias.getName());
			}
			String fqdn = alias.effectiveFqdn();
			if (!HostQueries.isBlank(fqdn) && hosts.stream().noneMatch(h -> h.equalsIgnoreCase(fqdn))) {
				hosts.add(fqdn);
			}
			for (Principal owner : alias.spnOwners()) {
				hosts.forEach(host -> result.add(requiredSpn(host, owner)));
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	public static EList<ServicePrincipalName> missing(Deployment deployment) {
		Set<Object> registered = new HashSet<>();
		for (ServicePrincipalName spn : deployment.getSpns()) {
			registered.add(List.of(spn.getOwner() == null ? "" : spn.getOwner(), text(spn).toLowerCase(Locale.ROOT)));
		}
		EList<ServicePrincipalName> result = new BasicEList<>();
		for (ServicePrincipalName required : required(deployment)) {
			if (!registered.contains(List.of(required.getOwner(), text(required).toLowerCase(Locale.ROOT)))) {
				result.add(required);
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	public static EList<ServicePrincipalName> conflicting(Deployment deployment) {
		Map<String, List<Principal>> ownersByAliasName = new HashMap<>();
		for (Alias alias : deployment.getAliases()) {
			List<Principal> owners = alias.spnOwners();
			ownersByAliasName.putIfAbsent(HostQueries.nameKey(alias.getName()), owners);
			ownersByAliasName.putIfAbsent(HostQueries.nameKey(alias.effectiveFqdn()), owners);
		}
		EList<ServicePrincipalName> result = new BasicEList<>();
		for (ServicePrincipalName spn : deployment.getSpns()) {
			List<Principal> owners = ownersByAliasName.get(HostQueries.nameKey(spn.getHost()));
			if (isHttpClass(spn) && owners != null && !owners.isEmpty() && !owners.contains(spn.getOwner())) {
				result.add(spn);
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	public static EList<ServicePrincipalName> serverSpnsOnAccounts(Deployment deployment) {
		Set<String> serverNames = HostQueries.nameKeys(deployment.getWebServers());
		EList<ServicePrincipalName> result = new BasicEList<>();
		for (ServicePrincipalName spn : deployment.getSpns()) {
			if (isHttpClass(spn) && spn.getOwner() instanceof ServiceAccount
					&& serverNames.contains(HostQueries.nameKey(spn.getHost()))) {
				result.add(spn);
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	private static boolean isHttpClass(ServicePrincipalName spn) {
		return spn.getServiceClass() != null && HTTP_CLASSES.contains(spn.getServiceClass().toLowerCase(Locale.ROOT));
	}

	private static ServicePrincipalName requiredSpn(String host, Principal owner) {
		ServicePrincipalName spn = DeploymentFactory.eINSTANCE.createServicePrincipalName();
		spn.setServiceClass("host");
		spn.setHost(host);
		spn.setOwner(owner);
		spn.setStatus(SpnStatus.REQUIRED);
		return spn;
	}
}
