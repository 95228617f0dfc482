/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.deployment.WindowsVersion;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.remediation.escape.SafeText;

/**
 * Derives the plan from a deployment whose model is usable (no blocking findings, see
 * {@link DeploymentRules#blocksGeneration}): a step for each finding the remediation fixes, in the order that keeps
 * the services working between steps. The CNAME and the SPNs come first, so that the alias works before any URL
 * moves to it; then IIS, the service Web.config files, the database, and the clients; ticket caches last.
 */
public final class PlanBuilder {

	private static final String PLAN = "the plan";

	private final Deployment deployment;
	private final Aliases aliases;
	private final Set<EndpointReference> toRewrite;
	private final List<StepGroup> groups = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final Set<String> stepIds = new java.util.HashSet<>();
	private int stepNumber;

	private PlanBuilder(Deployment deployment) {
		this.deployment = deployment;
		this.aliases = new Aliases(deployment);
		this.toRewrite = new LinkedHashSet<>(deployment.endpointsNamingRealServer());
	}

	/** @throws PlanException when a fact of the model has no correct remediation */
	public static RemediationPlan build(Deployment deployment) {
		return new PlanBuilder(deployment).build();
	}

	private RemediationPlan build() {
		dnsGroups();
		domainGroups();
		deployment.getWebServers().forEach(this::iisGroup);
		deployment.getSqlServers().forEach(this::sqlGroup);
		deployment.getClientGroups().forEach(this::clientGroup);
		List<HostRewrite> rewrites = aliases.rewrites().stream()
				.map(r -> new HostRewrite(text(r.oldHost(), "server name"), text(r.newHost(), "alias name"))).toList();
		return new RemediationPlan(text(deployment.getName() == null ? "" : deployment.getName(), "deployment name"),
				rewrites, groups, warnings);
	}

	private void dnsGroups() {
		Map<Domain, List<Alias>> byDomain = new LinkedHashMap<>();
		for (Alias alias : deployment.getAliases()) {
			if (alias.domain() != null) {
				byDomain.computeIfAbsent(alias.domain(), d -> new ArrayList<>()).add(alias);
			}
		}
		byDomain.forEach((domain, list) -> {
			String zone = stripDot(text(domain.getDnsName(), "DNS name of domain " + domain.getName()));
			String server = dnsServer(domain, zone);
			List<Step> steps = new ArrayList<>();
			for (Alias alias : list) {
				String canonical = alias.effectiveCanonicalName();
				DnsRecord record = alias.cnameRecord();
				if (canonical == null || record != null && Aliases.key(record.getData()).equals(Aliases.key(canonical))) {
					continue;
				}
				steps.add(cnameStep(alias, zone, server, stripDot(canonical), record == null ? null : stripDot(record.getData())));
			}
			addGroup("dns-" + domain.getName(), new Performer(Role.DNS_ADMIN, zone, List.of(server)), steps);
		});
	}

	private static String dnsServer(Domain domain, String zone) {
		return domain.getControllers().stream().filter(DomainController::isDnsServer).findFirst()
				.or(() -> domain.getControllers().stream().findFirst()).map(dc -> text(dc.effectiveFqdn(), "domain controller"))
				.orElse(zone);
	}

	private Step cnameStep(Alias alias, String zone, String server, String canonical, String previous) {
		String fqdn = text(alias.effectiveFqdn(), "alias FQDN");
		String record = relativeName(fqdn, zone, alias);
		var action = new Action.AddCname(server, zone, record, fqdn, text(canonical, "canonical name"),
				previous == null ? null : text(previous, "CNAME data"));
		List<String> pre = new ArrayList<>(List.of("You are a DNS administrator of zone " + zone + " (the article: a domain and DNS administrator).",
				"No A record named " + record + " exists in " + zone + "."));
		pre.add(previous == null ? "The CNAME " + fqdn + " does not exist yet (the script checks, and does nothing when it already points to " + canonical + ")."
				: "The CNAME " + fqdn + " points to " + previous + " now; it is replaced.");
		String undo = previous == null ? "Delete the CNAME " + fqdn + " (rollback script)."
				: "Point the CNAME " + fqdn + " back to " + previous + " (rollback script).";
		return step("dns-cname-" + fqdn, "1", (previous == null ? "Add the CNAME " : "Point the CNAME ") + fqdn + " to "
				+ canonical + " in zone " + zone, pre, action, "nslookup -type=CNAME " + fqdn + " " + server + " answers "
						+ canonical + ".", undo);
	}

	private static String relativeName(String fqdn, String zone, Alias alias) {
		String lower = fqdn.toLowerCase(Locale.ROOT);
		String suffix = "." + zone.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(suffix) || lower.length() == suffix.length()) {
			throw new PlanException("The FQDN " + fqdn + " of alias " + alias.getName() + " does not lie inside the zone "
					+ zone + " of its server's domain, where the CNAME is added. Give the alias an FQDN in " + zone + ".");
		}
		return fqdn.substring(0, fqdn.length() - suffix.length());
	}

	private void domainGroups() {
		Map<String, List<Step>> byDomain = new LinkedHashMap<>();
		Set<String> removed = new LinkedHashSet<>();
		List<ServicePrincipalName> wrong = new ArrayList<>(deployment.conflictingSpns());
		wrong.addAll(deployment.serverSpnsOnAccounts());
		for (ServicePrincipalName spn : wrong) {
			if (removed.add(spn.text().toLowerCase(Locale.ROOT) + " " + spn.getOwner().qualifiedAccountName())) {
				byDomain.computeIfAbsent(domainOf(spn.getOwner()), d -> new ArrayList<>()).add(removeSpnStep(spn));
			}
		}
		for (ServicePrincipalName spn : deployment.missingSpns()) {
			byDomain.computeIfAbsent(domainOf(spn.getOwner()), d -> new ArrayList<>()).add(registerSpnStep(spn));
		}
		byDomain.forEach((domain, steps) -> addGroup("domain-" + domain, new Performer(Role.DOMAIN_ADMIN, domain, List.of()), steps));
	}

	private static String domainOf(Principal principal) {
		return principal.getDomain() == null ? "DOMAIN" : text(principal.getDomain().getName(), "domain name");
	}

	private Step removeSpnStep(ServicePrincipalName spn) {
		String text = text(spn.text(), "SPN");
		String account = text(spn.getOwner().qualifiedAccountName(), "account");
		String reason = spn.getOwner() instanceof WebServer || !(spn.getOwner() instanceof ccf.workbench.model.deployment.Host)
				? "it hijacks or duplicates the alias's SPNs" : "it names a real server on a user account";
		var action = new Action.RemoveSpn(text, account, text(spn.getOwner().samAccountName(), "account"), reason);
		return step("spn-remove-" + text + "-" + account, "4", "Remove " + text + " from " + account, List.of(
				"You are a domain administrator.", text + " is registered on " + account + " (the script does nothing otherwise)."),
				action, "setspn -L " + account + " no longer lists " + text + ".", "Register it again: setspn -S " + text + " " + account + ".");
	}

	private Step registerSpnStep(ServicePrincipalName spn) {
		String text = text(spn.text(), "SPN");
		String account = text(spn.getOwner().qualifiedAccountName(), "account");
		var action = new Action.RegisterSpn(text, account, text(spn.getOwner().samAccountName(), "account"));
		return step("spn-register-" + text + "-" + account, "4", "Register " + text + " on " + account, List.of(
				"You are a domain administrator (the article, step 4).", "No other account holds " + text
						+ " (the script checks with setspn -Q and stops when one does)."),
				action, "setspn -L " + account + " lists " + text + "; setspn -Q " + text + " finds it on that account only.",
				"setspn -D " + text + " " + account + " (rollback script).");
	}

	private void iisGroup(WebServer server) {
		String name = text(server.getName(), "web server name");
		List<Step> steps = new ArrayList<>();
		boolean hotfix = needsHotfix962943(server);
		for (ServiceInstallation installation : server.getServices()) {
			if (installation.needsAppPoolCredentials()) {
				steps.add(appPoolCredentialsStep(name, installation, hotfix));
			}
		}
		if (hotfix && !steps.isEmpty()) {
			warnings.add("Web server " + name + " runs IIS 7.0 on Windows Server 2008: install hotfix KB 962943 before "
					+ "setting useAppPoolCredentials with kernel-mode authentication (IIS can crash without it); the IIS "
					+ "scripts stop when it is missing.");
		}
		for (ServiceInstallation installation : server.getServices()) {
			ConfigFile file = installation.getWebConfig();
			if (file != null) {
				rewriteStep(file, name, "Web.config of " + installation.locationPath()).ifPresent(steps::add);
			}
		}
		if (aliases.isBehindAlias(server)) {
			steps.add(step("tickets-iis-" + name, "5", "Purge the Kerberos tickets of the services on " + name,
					List.of("The SPNs of the alias are registered (the domain administrator's steps).",
							"You run it as a local administrator of " + name + " (klist of Windows Server 2008 R2 or later)."),
					new Action.PurgeTickets(true), "klist -li 0x3e7 shows no ticket for the real server's host/ SPNs.",
					"Nothing to undo: Windows requests new tickets when they are needed."));
		}
		addGroup("iis-" + name, new Performer(Role.IIS_SERVER, name, List.of(text(server.effectiveFqdn(), "server FQDN"))), steps);
	}

	/** IIS 7.0 exists only on Windows Server 2008 (not R2): the rule iis70-hotfix-962943, for the servers it fires on. */
	private static boolean needsHotfix962943(WebServer server) {
		return server.isSetIisVersion() && server.getIisVersion() == IisVersion.IIS7
				&& (!server.isSetWindowsVersion() || server.getWindowsVersion() == WindowsVersion.SERVER_2008)
				&& !server.hasHotfix("KB962943");
	}

	private Step appPoolCredentialsStep(String server, ServiceInstallation installation, boolean hotfix) {
		String location = text(installation.locationPath(), "IIS location path");
		String account = text(installation.getPool().getIdentity().qualifiedAccountName(), "pool identity");
		List<String> pre = new ArrayList<>();
		pre.add("You are a local administrator of " + server + ", which runs IIS 7 or later.");
		if (hotfix) {
			pre.add("Hotfix KB 962943 is installed on " + server + " (IIS 7.0 on Windows Server 2008); the scripts stop when it is not.");
		}
		pre.add("The pool of " + location + " runs as " + account + ", which holds the alias's SPNs.");
		return step("iis-" + server + "-" + location, "IIS 7 note", "Set useKernelMode and useAppPoolCredentials for " + location,
				pre, new Action.SetAppPoolCredentials(server, location, account, hotfix),
				"appcmd list config \"" + location + "\" -section:system.webServer/security/authentication/windowsAuthentication "
						+ "shows useKernelMode=\"true\" useAppPoolCredentials=\"true\".",
				"Set useAppPoolCredentials back to false (rollback script).");
	}

	private java.util.Optional<Step> rewriteStep(ConfigFile file, String owner, String what) {
		Map<String, EndpointRewrite> rewrites = new LinkedHashMap<>();
		for (EndpointReference endpoint : file.getEndpoints()) {
			if (!toRewrite.contains(endpoint)) {
				continue;
			}
			String newUrl = aliases.rewritten(endpoint.getUrl());
			if (newUrl != null) {
				String key = endpoint.getUrl() + "\n" + endpoint.getLocation();
				rewrites.putIfAbsent(key, new EndpointRewrite(text(endpoint.getUrl(), "endpoint URL"), text(newUrl, "endpoint URL"),
						endpoint.getLocation() == null || endpoint.getLocation().isEmpty() ? null : text(endpoint.getLocation(), "endpoint location"),
						endpoint.getKind() == null ? "client" : endpoint.getKind().getLiteral()));
			}
		}
		if (rewrites.isEmpty()) {
			return java.util.Optional.empty();
		}
		String path = text(file.getPath() == null ? "" : file.getPath(), "configuration file path");
		if (path.isEmpty()) {
			throw new PlanException("The " + file.getKind() + " file with the endpoint " + rewrites.values().iterator().next().oldUrl()
					+ " has no path, so no script can find it on its machine. Give the file's path.");
		}
		String localCopy = file.getLocalCopy() == null || file.getLocalCopy().isEmpty() ? null : text(file.getLocalCopy(), "local copy");
		var action = new Action.RewriteEndpoints(path, file.getKind().getLiteral(), localCopy, List.copyOf(rewrites.values()));
		int count = rewrites.size();
		return java.util.Optional.of(step("config-" + owner + "-" + path, "3", "Move " + count + " endpoint URL" + (count == 1 ? "" : "s")
				+ " of " + what + " to the alias", List.of("You can write " + path + " (an administrator of the machine).",
						"The file holds the URLs the model lists; the script backs it up first and changes only their hosts."),
				action, "The file names the alias instead of the real server; the application starts and connects.",
				"Restore the backup " + path + ".kb969803.bak (rollback script)."));
	}

	private void sqlGroup(SqlServer sql) {
		if (aliases.rewrites().isEmpty()) {
			return;
		}
		String name = text(sql.getName(), "SQL Server name");
		String server = sql.getInstance() == null || sql.getInstance().isEmpty() ? name
				: name + "\\" + text(sql.getInstance(), "SQL Server instance");
		List<Step> steps = new ArrayList<>();
		for (Database database : sql.getDatabases()) {
			String db = text(database.getName(), "database name");
			List<HostRewrite> hosts = databaseHosts(database);
			steps.add(step("sql-" + server + "-" + db, "3", "Move the endpoint URLs in database " + db + " to the alias",
					List.of("You are db_owner of " + db + " on " + server + " (sqlcmd -E as a Windows login).",
							"You have reviewed the rows the discovery query lists."),
					new Action.UpdateDatabaseUrls(server, db, hosts),
					"The verification query lists no URL naming the real server, and the backup table holds the changed values.",
					"Run the rollback script: it restores the old values from the backup table."));
		}
		addGroup("sql-" + name, new Performer(Role.SQL_SERVER, server, List.of(name)), steps);
	}

	/**
	 * The server names a database's URLs may hold: those of the aliases its endpoints in the model name (by the real
	 * server or the alias), or every one when the model lists none of its endpoints (the article names no tables).
	 * Keeps the scripts of a deployment with a database per site linear in its size.
	 */
	private List<HostRewrite> databaseHosts(Database database) {
		Set<Alias> named = new LinkedHashSet<>();
		for (EndpointReference endpoint : database.getEndpoints()) {
			EndpointUrl.parse(endpoint.getUrl()).map(url -> aliases.aliasFor(url.host())).ifPresent(named::add);
		}
		List<HostRewrite> hosts = named.isEmpty() ? aliases.rewrites() : aliases.rewrites(named);
		return hosts.stream().map(r -> new HostRewrite(text(r.oldHost(), "server name"), text(r.newHost(), "alias name"))).toList();
	}

	private void clientGroup(ClientGroup group) {
		String name = text(group.getName(), "client group name");
		List<Step> steps = new ArrayList<>();
		List<IntranetSite> sites = missingIntranetSites(group);
		if (!sites.isEmpty()) {
			steps.add(step("zone-" + name, "2", "Put " + String.join(" and ", sites.stream().map(IntranetSite::url).toList())
					+ " in the Local Intranet zone of " + name, List.of("You can change the Internet settings of the clients "
							+ "(each user's registry, or the Group Policy that applies to them)."),
					new Action.AddIntranetSites(sites), "Internet Options > Security > Local intranet > Sites > Advanced lists the sites.",
					"Remove the entries (rollback .reg or script)."));
		}
		if (group.getConfigFile() != null) {
			rewriteStep(group.getConfigFile(), name, "the clients of " + name).ifPresent(steps::add);
		}
		if (!aliases.rewrites().isEmpty()) {
			steps.add(step("tickets-clients-" + name, "5", "Purge the Kerberos tickets on the clients of " + name,
					List.of("The CNAME and SPNs of the alias exist and the clients' URLs name it.",
							"Each user runs it in their own logon session (klist of Windows 7 or later), or restarts the computer."),
					new Action.PurgeTickets(false), "klist lists tickets for host/<alias> only after Agent Desktop or the MMC connected.",
					"Nothing to undo: Windows requests new tickets when they are needed."));
		}
		List<String> hosts = group.getHosts().stream().map(h -> text(h, "client host")).toList();
		addGroup("clients-" + name, new Performer(Role.CLIENT_GROUP, name, hosts), steps);
	}

	private List<IntranetSite> missingIntranetSites(ClientGroup group) {
		Set<Alias> relevant = new LinkedHashSet<>();
		Set<String> schemes = new LinkedHashSet<>();
		if (group.getConfigFile() != null) {
			for (EndpointReference endpoint : group.getConfigFile().getEndpoints()) {
				EndpointUrl.parse(endpoint.getUrl()).ifPresent(url -> {
					Alias alias = aliases.aliasFor(url.host());
					if (alias != null) {
						relevant.add(alias);
						String scheme = url.normalizedScheme();
						if (scheme.equals("http") || scheme.equals("https")) {
							schemes.add(scheme);
						}
					}
				});
			}
		}
		if (relevant.isEmpty()) {
			relevant.addAll(deployment.getAliases());
		}
		if (schemes.isEmpty()) {
			schemes.add("http");
		}
		List<IntranetSite> sites = new ArrayList<>();
		for (Alias alias : relevant) {
			// The article lists the alias and its FQDN; a dotless name is intranet by default, so a group whose sites
			// cover the FQDN (what the rule alias-not-in-intranet-zone asks) needs nothing.
			String fqdn = alias.effectiveFqdn().toLowerCase(Locale.ROOT);
			if (group.getLocalIntranetSites().stream().anyMatch(site -> covers(site, fqdn))) {
				continue;
			}
			for (String host : new LinkedHashSet<>(List.of(alias.getName().toLowerCase(Locale.ROOT), fqdn))) {
				for (String scheme : schemes) {
					if (group.getLocalIntranetSites().stream().noneMatch(site -> covers(site, host))) {
						sites.add(new IntranetSite(scheme, text(host, "alias name")));
					}
				}
			}
		}
		return sites;
	}

	/** Whether a Local Intranet entry (http://host, host or *.suffix) covers a host name, as the rule reads it. */
	private static boolean covers(String site, String host) {
		String entry = site.toLowerCase(Locale.ROOT).trim();
		int scheme = entry.indexOf("://");
		entry = scheme >= 0 ? entry.substring(scheme + 3) : entry;
		while (entry.endsWith("/")) {
			entry = entry.substring(0, entry.length() - 1);
		}
		return entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : entry.equals(host);
	}

	private Step step(String id, String articleStep, String title, List<String> preconditions, Action action,
			String verification, String undo) {
		return new Step(stepId(id), ++stepNumber, articleStep, title, preconditions, action, verification, undo);
	}

	/** A readable identifier, made unique in the plan with a number when two texts give the same one. */
	private String stepId(String text) {
		String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String unique = id;
		for (int n = 2; !stepIds.add(unique); n++) {
			unique = id + "-" + n;
		}
		return unique;
	}

	private void addGroup(String name, Performer performer, List<Step> steps) {
		if (!steps.isEmpty()) {
			// The id is also a folder name: any character of a model name outside a safe alphabet becomes '_'.
			String folder = name.replaceAll("[^A-Za-z0-9._-]", "_");
			groups.add(new StepGroup(String.format(Locale.ROOT, "%02d-%s", groups.size() + 1, folder), performer, steps));
		}
	}

	private static String stripDot(String name) {
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

	/** Every text of the model that enters the plan: refused when it holds control or format characters. */
	private static String text(String value, String what) {
		return SafeText.require(value, what, PLAN);
	}
}
