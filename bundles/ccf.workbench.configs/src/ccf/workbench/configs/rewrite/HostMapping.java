/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.WebServer;

/**
 * Which host names a rewrite replaces, and by what: the real server's NetBIOS name by the alias's short name, its
 * FQDN by the alias's FQDN. Names match in any case, with or without a trailing dot (which is kept).
 */
public final class HostMapping {

	private static final Pattern DNS_NAME = Pattern
			.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

	private final Map<String, String> replacements = new LinkedHashMap<>();

	/** Adds {@code from -> to}; a name already mapped keeps its first replacement. */
	public HostMapping map(String from, String to) {
		if (from == null || from.isBlank() || to == null || to.isBlank()) {
			return this;
		}
		String target = strip(to);
		if (!DNS_NAME.matcher(target).matches() || target.length() > 253) {
			throw new IllegalArgumentException("'" + to + "' is not a valid host name to write into a URL");
		}
		replacements.putIfAbsent(key(from), target);
		return this;
	}

	/** The mapping of a whole deployment: each alias's targets to that alias (the first alias of a server wins). */
	public static HostMapping of(Deployment deployment) {
		HostMapping mapping = new HostMapping();
		for (Alias alias : deployment.getAliases()) {
			if (alias.getName() == null) {
				continue;
			}
			for (WebServer server : alias.getTargets()) {
				if (server.eIsProxy()) {
					continue;
				}
				mapping.map(server.getName(), alias.getName());
				mapping.map(server.effectiveFqdn(), alias.effectiveFqdn());
			}
		}
		return mapping;
	}

	/**
	 * @param host a host as written in a URL
	 * @return the host to write instead, or empty when the host is not one to replace
	 */
	public Optional<String> replacementFor(String host) {
		if (host == null || host.isEmpty()) {
			return Optional.empty();
		}
		String replacement = replacements.get(key(host));
		if (replacement == null) {
			return Optional.empty();
		}
		return Optional.of(host.endsWith(".") ? replacement + "." : replacement);
	}

	public boolean isEmpty() {
		return replacements.isEmpty();
	}

	/** @return lower-case names to their replacements, in the order they were added */
	public Map<String, String> replacements() {
		return Collections.unmodifiableMap(replacements);
	}

	private static String key(String host) {
		return strip(host).toLowerCase(Locale.ROOT);
	}

	private static String strip(String host) {
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}
}
