/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.query.HostQueries;

/**
 * The host names a deployment already declares, each with what it names: aliases first (what clients and SPNs should
 * name), then servers and domain controllers by NetBIOS name and FQDN, then client machines.
 */
record KnownHostNames(List<Name> names) {

	/** One host name and a short description of what it names. */
	record Name(String text, String description, boolean alias) {
	}

	static KnownHostNames of(Deployment deployment) {
		Map<String, Name> names = new LinkedHashMap<>();
		for (Alias alias : deployment.getAliases()) {
			add(names, alias.getName(), "alias", true);
			add(names, HostQueries.aliasFqdn(alias), "alias " + alias.getName(), true);
		}
		List<Host> hosts = new ArrayList<>(deployment.getWebServers());
		hosts.addAll(deployment.getSqlServers());
		for (Domain domain : deployment.getDomains()) {
			hosts.addAll(domain.getControllers());
		}
		for (Host host : hosts) {
			String kind = host.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
			add(names, host.getName(), kind, false);
			add(names, HostQueries.effectiveFqdn(host), kind + " " + host.getName(), false);
		}
		for (ClientGroup group : deployment.getClientGroups()) {
			for (String machine : group.getHosts()) {
				add(names, machine, "client of " + group.getName(), false);
			}
		}
		return new KnownHostNames(List.copyOf(names.values()));
	}

	private static void add(Map<String, Name> names, String text, String description, boolean alias) {
		if (text != null && !text.isBlank()) {
			names.putIfAbsent(text.toLowerCase(Locale.ROOT), new Name(text, description, alias));
		}
	}

	List<Name> aliases() {
		return names.stream().filter(Name::alias).toList();
	}
}
