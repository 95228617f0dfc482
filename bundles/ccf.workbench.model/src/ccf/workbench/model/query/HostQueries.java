/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.WebServer;

/**
 * Names of hosts, aliases and accounts as Windows, DNS and the directory compare them: case-insensitively,
 * with or without a trailing dot. The bodies of the metamodel's operations on these elements.
 */
public final class HostQueries {

	private HostQueries() {
	}

	public static String samAccountName(Principal principal) {
		if (principal instanceof Host host) {
			return nullToEmpty(host.getName()) + "$";
		}
		if (principal instanceof ServiceAccount account && !isBlank(account.getAccountName())) {
			return account.getAccountName();
		}
		return nullToEmpty(principal.getName());
	}

	public static String qualifiedAccountName(Principal principal) {
		Domain domain = principal.getDomain();
		String sam = samAccountName(principal);
		return domain == null || isBlank(domain.getName()) ? sam : domain.getName() + "\\" + sam;
	}

	public static String effectiveFqdn(Host host) {
		if (!isBlank(host.getFqdn())) {
			return stripDot(host.getFqdn());
		}
		return qualify(host.getName(), host.getDomain());
	}

	public static boolean isNamedBy(Host host, String hostName) {
		return sameName(host.getName(), hostName) || sameName(effectiveFqdn(host), hostName);
	}

	public static String aliasFqdn(Alias alias) {
		if (!isBlank(alias.getFqdn())) {
			return stripDot(alias.getFqdn());
		}
		return qualify(alias.getName(), aliasDomain(alias));
	}

	public static String aliasCanonicalName(Alias alias) {
		if (!isBlank(alias.getCanonicalName())) {
			return stripDot(alias.getCanonicalName());
		}
		return alias.getTargets().size() == 1 ? effectiveFqdn(alias.getTargets().get(0)) : null;
	}

	public static Domain aliasDomain(Alias alias) {
		return alias.getTargets().stream().map(WebServer::getDomain).filter(d -> d != null).findFirst().orElse(null);
	}

	public static DnsRecord cnameRecord(Alias alias) {
		Domain domain = aliasDomain(alias);
		if (domain == null) {
			return null;
		}
		// The alias FQDN is absolute even when it lies outside the zone.
		DnsRecord record = findRecord(domain, aliasFqdn(alias) + ".");
		return record != null && record.getType() == DnsRecordType.CNAME ? record : null;
	}

	public static boolean isNamedBy(Alias alias, String hostName) {
		return sameName(alias.getName(), hostName) || sameName(aliasFqdn(alias), hostName);
	}

	public static DnsRecord findRecord(Domain domain, String name) {
		if (isBlank(name)) {
			return null;
		}
		String wanted = absoluteName(name, zoneName(domain));
		return domain.getRecords().stream().filter(r -> sameName(recordFqdn(r), wanted)).findFirst().orElse(null);
	}

	public static String recordFqdn(DnsRecord record) {
		Domain zone = record.eContainer() instanceof Domain d ? d : null;
		return absoluteName(nullToEmpty(record.getName()), zoneName(zone));
	}

	/**
	 * An owner name made absolute the same way for records and for look-ups: {@code @} is the zone itself, a
	 * trailing dot or the zone's own suffix marks an absolute name, any other name (even with dots) is relative.
	 */
	private static String absoluteName(String name, String zoneName) {
		if (name.equals("@")) {
			return zoneName;
		}
		if (name.endsWith(".")) {
			return stripDot(name);
		}
		if (zoneName.isEmpty() || sameName(name, zoneName) || endsWithLabel(name, zoneName)) {
			return name;
		}
		return name + "." + zoneName;
	}

	private static String zoneName(Domain zone) {
		return zone == null ? "" : stripDot(nullToEmpty(zone.getDnsName()));
	}

	public static Host find(Deployment deployment, String hostName) {
		if (isBlank(hostName)) {
			return null;
		}
		Stream<Host> hosts = Stream.of(deployment.getWebServers().stream(), deployment.getSqlServers().stream(),
				deployment.getDomains().stream().flatMap(d -> d.getControllers().stream())).flatMap(s -> s.map(Host.class::cast));
		return hosts.filter(h -> isNamedBy(h, hostName)).findFirst().orElse(null);
	}

	/** Whether two DNS or NetBIOS names are the same name: any case, trailing dot ignored. */
	public static boolean sameName(String a, String b) {
		return a != null && b != null && !a.isEmpty() && stripDot(a).equalsIgnoreCase(stripDot(b));
	}

	private static boolean endsWithLabel(String name, String zone) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith("." + zone.toLowerCase(Locale.ROOT));
	}

	/** The lower-case name in the domain's DNS name, unless the name already is fully qualified. */
	private static String qualify(String name, Domain domain) {
		return absoluteName(nullToEmpty(name).toLowerCase(Locale.ROOT), zoneName(domain));
	}

	/** The keys ({@link #nameKey(String)}) of every name the hosts answer to, NetBIOS name and FQDN. */
	public static Set<String> nameKeys(Collection<? extends Host> hosts) {
		Set<String> keys = new HashSet<>();
		for (Host host : hosts) {
			addNameKey(keys, host.getName());
			addNameKey(keys, effectiveFqdn(host));
		}
		return keys;
	}

	private static void addNameKey(Set<String> keys, String name) {
		// sameName never matches an empty name
		if (name != null && !name.isEmpty()) {
			keys.add(nameKey(name));
		}
	}

	/** A key under which two names are equal when {@link #sameName(String, String)} says so; "" for no name. */
	public static String nameKey(String name) {
		return name == null ? "" : stripDot(name).toLowerCase(Locale.ROOT);
	}

	static String stripDot(String name) {
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
