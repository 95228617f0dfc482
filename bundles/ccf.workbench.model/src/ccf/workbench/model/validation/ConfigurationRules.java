/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static ccf.workbench.model.deployment.DeploymentPackage.Literals.APP_POOL__IDENTITY;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CLIENT_GROUP__LOCAL_INTRANET_SITES;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ENDPOINT_IDENTITY__VALUE;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ENDPOINT_REFERENCE__URL;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__POOL;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__USE_APP_POOL_CREDENTIALS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.WEB_SERVER__INSTALLED_HOTFIXES;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.WEB_SERVER__KERNEL_MODE_AUTHENTICATION;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.EndpointIdentity;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.deployment.WindowsVersion;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.query.EndpointQueries;

/**
 * IIS settings, endpoint URLs and the clients' Local Intranet zone (KB 969803 steps 2 and 3 and the IIS 7 note).
 */
final class ConfigurationRules {

	private final DeploymentIndex index;
	private final Findings findings;

	ConfigurationRules(DeploymentIndex index, Findings findings) {
		this.index = index;
		this.findings = findings;
	}

	void check(Deployment deployment) {
		for (WebServer server : deployment.getWebServers()) {
			checkServer(server);
		}
		EndpointQueries.allEndpoints(deployment).forEach(this::checkEndpoint);
		for (ClientGroup group : deployment.getClientGroups()) {
			checkIntranetZone(deployment, group);
		}
	}

	private void checkServer(WebServer server) {
		for (AppPool pool : server.getAppPools()) {
			if (pool.getIdentityType() == AppPoolIdentityType.SPECIFIC_USER && pool.getIdentity() == null) {
				findings.add(Rule.POOL_IDENTITY_MISSING, pool, APP_POOL__IDENTITY, "Application pool " + pool.getName() + " on "
						+ server.getName() + " runs as a specific user but names no account. Give its identity.");
			}
		}
		boolean remediatedKernelMode = false;
		for (ServiceInstallation installation : server.getServices()) {
			AppPool pool = installation.getPool();
			if (pool == null) {
				findings.add(Rule.SERVICE_WITHOUT_POOL, installation, SERVICE_INSTALLATION__POOL, "Service "
						+ installation.locationPath() + " on " + server.getName() + " names no application pool, so its "
						+ "identity (and the account that needs the SPNs) is unknown. Say which pool of " + server.getName()
						+ " runs it.");
			} else if (!pool.eIsProxy() && pool.server() != server) {
				findings.add(Rule.POOL_ON_OTHER_SERVER, installation, SERVICE_INSTALLATION__POOL, "Service "
						+ installation.locationPath() + " on " + server.getName() + " runs in pool " + pool.getName()
						+ " of another server" + (pool.server() == null ? "" : ", " + pool.server().getName()) + ". Choose a pool of "
						+ server.getName() + ".");
			}
			if (installation.needsAppPoolCredentials()) {
				findings.add(Rule.APP_POOL_CREDENTIALS_MISSING, installation, SERVICE_INSTALLATION__USE_APP_POOL_CREDENTIALS,
						"IIS on " + server.getName() + " authenticates " + installation.locationPath()
								+ " in kernel mode with the machine key, but its pool runs as "
								+ pool.getIdentity().qualifiedAccountName()
								+ ". Set useAppPoolCredentials=\"true\" (with useKernelMode=\"true\") for this location.",
						installation.locationPath());
			}
			remediatedKernelMode |= installation.authenticatesInKernelMode() && pool != null && pool.usesDomainAccount();
		}
		// IIS 7.0 ships only with Windows Server 2008 (not R2), so IIS 7.0 alone identifies the affected servers.
		if (remediatedKernelMode && server.isSetIisVersion() && server.getIisVersion() == IisVersion.IIS7
				&& (!server.isSetWindowsVersion() || server.getWindowsVersion() == WindowsVersion.SERVER_2008)
				&& !server.hasHotfix("KB962943")) {
			findings.add(Rule.IIS70_HOTFIX_962943, server, WEB_SERVER__INSTALLED_HOTFIXES, "Web server " + server.getName()
					+ " runs IIS 7.0 on Windows Server 2008 with kernel-mode authentication, useAppPoolCredentials and a "
					+ "domain account: install hotfix KB 962943 first (IIS can crash without it), then record it as installed.");
		}
		if (server.isSetIisVersion() && server.getIisVersion() == IisVersion.IIS6 && server.isKernelModeAuthentication()) {
			findings.add(Rule.KERNEL_MODE_ON_IIS6, server, WEB_SERVER__KERNEL_MODE_AUTHENTICATION, "Web server "
					+ server.getName() + " runs IIS 6.0, which has no kernel-mode authentication; the setting is ignored. "
					+ "Turn it off, or give the server's real IIS version.");
		}
	}

	private void checkEndpoint(EndpointReference endpoint) {
		String url = endpoint.getUrl();
		if (url == null || url.isEmpty()) {
			return; // filled in at run time from the configuration service
		}
		Optional<EndpointUrl> parsed = EndpointUrl.parse(url);
		if (parsed.isEmpty()) {
			findings.add(Rule.ENDPOINT_URL_UNPARSABLE, endpoint, ENDPOINT_REFERENCE__URL, "The endpoint '" + url + "' in "
					+ where(endpoint) + " is not an absolute URL; CCF Workbench cannot tell which server it names. Write the "
					+ "full URL (http://host/path), or leave it empty when it is filled in at run time.");
			return;
		}
		String host = parsed.get().host();
		Host named = index.host(host);
		Alias alias = named instanceof WebServer server ? index.aliasOf(server) : index.alias(host);
		if (named instanceof WebServer server && alias != null) {
			String newHost = host.contains(".") ? alias.effectiveFqdn() : alias.getName();
			findings.add(Rule.ENDPOINT_NAMES_REAL_SERVER, endpoint, ENDPOINT_REFERENCE__URL, "The endpoint " + url + " in "
					+ where(endpoint) + " names the real server " + server.getName() + ": .NET 3.5 SP1 asks for a ticket for "
					+ "host/" + host + ", which the app-pool account cannot decrypt. Change its host to " + newHost + ".",
					host, newHost, parsed.get().withHost(newHost));
		}
		EndpointIdentity identity = endpoint.getIdentity();
		if (identity != null && alias != null) {
			checkIdentity(endpoint, identity, alias);
		}
	}

	private void checkIdentity(EndpointReference endpoint, EndpointIdentity identity, Alias alias) {
		String value = identity.getValue() == null ? "" : identity.getValue();
		String problem = null;
		if (identity.getKind() == null) {
			return;
		}
		switch (identity.getKind()) {
		case SPN -> {
			Optional<String[]> spn = Names.splitSpn(value);
			if (spn.isEmpty() || index.alias(spn.get()[1]) != alias) {
				problem = "pins the SPN '" + value + "', but the service answers as " + alias.getName() + ": use host/"
						+ alias.effectiveFqdn() + " or remove the identity";
			}
		}
		case DNS -> {
			if (index.alias(value) != alias) {
				problem = "pins the DNS identity '" + value + "', but the service answers as " + alias.getName()
						+ ": use " + alias.effectiveFqdn() + " or remove the identity";
			}
		}
		case UPN -> {
			List<Principal> owners = index.owners(alias);
			if (!owners.isEmpty() && owners.get(0) instanceof ServiceAccount account && !upns(account).contains(value.toLowerCase(Locale.ROOT))) {
				String upn = account.getUserPrincipalName() != null && !account.getUserPrincipalName().isEmpty()
						? account.getUserPrincipalName() : upns(account).stream().findFirst().orElse("its UPN");
				problem = "pins the UPN '" + value + "', but the services run as " + account.qualifiedAccountName()
						+ ": use " + upn + " or remove the identity";
			}
		}
		}
		if (problem != null) {
			findings.add(Rule.ENDPOINT_IDENTITY_CONTRADICTS, identity, ENDPOINT_IDENTITY__VALUE,
					"The endpoint " + endpoint.getUrl() + " in " + where(endpoint) + " " + problem + ".");
		}
	}

	private static Set<String> upns(ServiceAccount account) {
		Set<String> upns = new LinkedHashSet<>();
		if (account.getUserPrincipalName() != null) {
			upns.add(account.getUserPrincipalName().toLowerCase(Locale.ROOT));
		}
		if (account.getDomain() != null && account.getDomain().getDnsName() != null) {
			upns.add((account.samAccountName() + "@" + account.getDomain().getDnsName()).toLowerCase(Locale.ROOT));
		}
		return upns;
	}

	private void checkIntranetZone(Deployment deployment, ClientGroup group) {
		Set<Alias> aliases = new LinkedHashSet<>();
		if (group.getConfigFile() != null) {
			for (EndpointReference endpoint : group.getConfigFile().getEndpoints()) {
				String host = endpoint.host();
				Host named = host == null ? null : index.host(host);
				Alias alias = named instanceof WebServer server ? index.aliasOf(server) : index.alias(host);
				if (alias != null) {
					aliases.add(alias);
				}
			}
		}
		if (aliases.isEmpty()) {
			aliases.addAll(deployment.getAliases());
		}
		for (Alias alias : aliases) {
			String fqdn = alias.effectiveFqdn();
			if (fqdn != null && fqdn.contains(".") && group.getLocalIntranetSites().stream().noneMatch(site -> covers(site, fqdn))) {
				findings.add(Rule.ALIAS_NOT_IN_INTRANET_ZONE, group, CLIENT_GROUP__LOCAL_INTRANET_SITES, "The clients of "
						+ group.getName() + " do not have http://" + fqdn + " in their Local Intranet sites: Internet Explorer "
						+ "and WinINET send no Windows credentials to it. Add it (registry ZoneMap or Group Policy).",
						"http://" + fqdn);
			}
		}
	}

	/** Whether a Local Intranet site entry (http://host, host, or *.suffix) covers a host name. */
	static boolean covers(String site, String host) {
		String entry = site.toLowerCase(Locale.ROOT).trim();
		int scheme = entry.indexOf("://");
		if (scheme >= 0) {
			entry = entry.substring(scheme + 3);
		}
		while (entry.endsWith("/")) {
			entry = entry.substring(0, entry.length() - 1);
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (entry.startsWith("*.")) {
			return name.endsWith(entry.substring(1));
		}
		return entry.equals(name);
	}

	private static String where(EndpointReference endpoint) {
		if (endpoint.eContainer() instanceof ConfigFile file) {
			return file.getPath() == null ? "a " + file.getKind() + " file" : file.getPath();
		}
		return "database " + ((ccf.workbench.model.deployment.Database) endpoint.eContainer()).getName();
	}
}
