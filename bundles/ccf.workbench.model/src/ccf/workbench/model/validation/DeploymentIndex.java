/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.WebServer;

/**
 * Lookups the rules need more than once, built in one pass: hosts and aliases by every name they answer to (lower
 * case, no trailing dot), the records of each zone by absolute owner name, and the principals that must own each
 * alias's SPNs.
 */
final class DeploymentIndex {

	private final Map<String, Host> hostsByName = new HashMap<>();
	private final Map<String, Alias> aliasesByName = new HashMap<>();
	private final Map<WebServer, Alias> aliasOfServer = new HashMap<>();
	private final Map<Alias, List<Principal>> owners = new LinkedHashMap<>();
	private final Map<Domain, Map<String, DnsRecord>> records = new HashMap<>();
	private final List<Host> hosts = new ArrayList<>();

	DeploymentIndex(Deployment deployment) {
		deployment.getWebServers().forEach(this::addHost);
		deployment.getSqlServers().forEach(this::addHost);
		for (Domain domain : deployment.getDomains()) {
			for (DomainController controller : domain.getControllers()) {
				addHost(controller);
			}
			Map<String, DnsRecord> zone = new HashMap<>();
			for (DnsRecord record : domain.getRecords()) {
				zone.putIfAbsent(key(record.fqdn()), record);
			}
			records.put(domain, zone);
		}
		for (Alias alias : deployment.getAliases()) {
			aliasesByName.putIfAbsent(key(alias.getName()), alias);
			aliasesByName.putIfAbsent(key(alias.effectiveFqdn()), alias);
			alias.getTargets().forEach(server -> aliasOfServer.putIfAbsent(server, alias));
			owners.put(alias, List.copyOf(alias.spnOwners()));
		}
	}

	private void addHost(Host host) {
		hosts.add(host);
		hostsByName.putIfAbsent(key(host.getName()), host);
		hostsByName.putIfAbsent(key(host.effectiveFqdn()), host);
	}

	static String key(String name) {
		if (name == null) {
			return "";
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

	/** Every web server, SQL server and domain controller. */
	List<Host> hosts() {
		return hosts;
	}

	/** The host a name (NetBIOS or FQDN, any case) denotes, or null. */
	Host host(String name) {
		return hostsByName.get(key(name));
	}

	/** The alias a name (alias name or FQDN, any case) denotes, or null. */
	Alias alias(String name) {
		return aliasesByName.get(key(name));
	}

	/**
	 * The first record of a domain's zone with this absolute owner name (any case, trailing dot or not), as
	 * {@link Domain#findRecord(String)} finds it for {@code fqdn + "."}, or null.
	 */
	DnsRecord record(Domain domain, String fqdn) {
		if (fqdn == null || fqdn.isEmpty()) {
			return null;
		}
		Map<String, DnsRecord> zone = records.get(domain);
		// A domain outside the deployment (e.g. in another resource) is looked up directly.
		return zone != null ? zone.get(key(fqdn)) : domain.findRecord(key(fqdn) + ".");
	}

	/** The first alias in front of a web server, or null when none is. */
	Alias aliasOf(WebServer server) {
		return aliasOfServer.get(server);
	}

	/** The principals that must own the alias's SPNs. */
	List<Principal> owners(Alias alias) {
		return owners.getOrDefault(alias, List.of());
	}
}
