/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.net.EndpointUrl;

/**
 * Which alias stands for which server, and what a URL's host becomes: a NetBIOS name becomes the alias name, an FQDN
 * the alias FQDN (as the rule endpoint-names-real-server says). The first alias of a server wins, as in the rules.
 */
final class Aliases {

	private final Map<WebServer, Alias> aliasOfServer = new LinkedHashMap<>();
	private final Map<String, WebServer> serverByName = new HashMap<>();
	private final Map<String, Alias> aliasByName = new HashMap<>();
	private final List<HostRewrite> rewrites = new ArrayList<>();
	private final Map<Alias, List<HostRewrite>> rewritesOfAlias = new LinkedHashMap<>();

	Aliases(Deployment deployment) {
		for (WebServer server : deployment.getWebServers()) {
			serverByName.putIfAbsent(key(server.getName()), server);
			serverByName.putIfAbsent(key(server.effectiveFqdn()), server);
		}
		for (Alias alias : deployment.getAliases()) {
			aliasByName.putIfAbsent(key(alias.getName()), alias);
			aliasByName.putIfAbsent(key(alias.effectiveFqdn()), alias);
			for (WebServer server : alias.getTargets()) {
				if (aliasOfServer.putIfAbsent(server, alias) == null) {
					List<HostRewrite> own = rewritesOfAlias.computeIfAbsent(alias, a -> new ArrayList<>());
					own.add(new HostRewrite(server.getName(), alias.getName()));
					if (!key(server.effectiveFqdn()).equals(key(server.getName()))) {
						own.add(new HostRewrite(server.effectiveFqdn(), alias.effectiveFqdn()));
					}
				}
			}
		}
		rewritesOfAlias.values().forEach(rewrites::addAll);
	}

	static String key(String name) {
		if (name == null) {
			return "";
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

	/** Every server name (NetBIOS and FQDN) that moves to an alias, in model order. */
	List<HostRewrite> rewrites() {
		return rewrites;
	}

	/** The server names that move to these aliases, in the order of the aliases given. */
	List<HostRewrite> rewrites(java.util.Collection<Alias> chosen) {
		List<HostRewrite> list = new ArrayList<>();
		chosen.forEach(alias -> list.addAll(rewritesOfAlias.getOrDefault(alias, List.of())));
		return list;
	}

	/** The alias of the server a host name denotes, or the alias the host name is, or null. */
	Alias aliasFor(String host) {
		WebServer server = serverByName.get(key(host));
		return server != null ? aliasOfServer.get(server) : aliasByName.get(key(host));
	}

	boolean isBehindAlias(WebServer server) {
		return aliasOfServer.containsKey(server);
	}

	/** The URL with its host on the alias, or null when it does not name a server behind an alias. */
	String rewritten(String url) {
		EndpointUrl parsed = EndpointUrl.parse(url).orElse(null);
		if (parsed == null) {
			return null;
		}
		WebServer server = serverByName.get(key(parsed.host()));
		Alias alias = server == null ? null : aliasOfServer.get(server);
		if (alias == null) {
			return null;
		}
		return parsed.withHost(parsed.host().contains(".") ? alias.effectiveFqdn() : alias.getName());
	}
}
