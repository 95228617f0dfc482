/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.List;

/** What a step does, with everything a renderer needs and nothing it must look up in the model. */
public sealed interface Action {

	/** The action's kind as plan.json names it, e.g. {@code add-cname}. */
	String kind();

	/**
	 * Adds the alias's CNAME record, or points it to the canonical name when it points elsewhere.
	 *
	 * @param dnsServer             the DNS server to send the change to (FQDN of a domain controller)
	 * @param zone                  the forward lookup zone
	 * @param recordName            the owner name relative to the zone
	 * @param previousCanonicalName what the record points to now when it points elsewhere, or null when it is missing
	 */
	record AddCname(String dnsServer, String zone, String recordName, String aliasFqdn, String canonicalName,
			String previousCanonicalName) implements Action {
		@Override
		public String kind() {
			return "add-cname";
		}
	}

	/**
	 * Registers an SPN on an account with a duplicate check ({@code setspn -S}).
	 *
	 * @param account        DOMAIN\sAMAccountName
	 * @param samAccountName the account name alone, as samba-tool expects it
	 */
	record RegisterSpn(String spn, String account, String samAccountName) implements Action {
		@Override
		public String kind() {
			return "register-spn";
		}
	}

	/** Removes an SPN from a principal that must not hold it ({@code setspn -D}). */
	record RemoveSpn(String spn, String account, String samAccountName, String reason) implements Action {
		@Override
		public String kind() {
			return "remove-spn";
		}
	}

	/**
	 * Sets {@code useKernelMode} and {@code useAppPoolCredentials} on windowsAuthentication for one location of
	 * applicationHost.config.
	 *
	 * @param location       e.g. {@code Default Web Site/Microsoft.Ccf.Csr.WebServices.AgentCredentials}
	 * @param hotfix962943   whether the server is IIS 7.0 on Windows Server 2008 and needs hotfix KB 962943 first
	 */
	record SetAppPoolCredentials(String server, String location, String poolAccount, boolean hotfix962943)
			implements Action {
		@Override
		public String kind() {
			return "set-app-pool-credentials";
		}
	}

	/**
	 * Rewrites the host of endpoint URLs in one configuration file on the machine that holds it.
	 *
	 * @param path      the file's path on that machine
	 * @param fileKind  AgentDesktop.exe.config, Mmc.exe.config or Web.config
	 * @param localCopy the local copy of the file relative to the model, or null
	 */
	record RewriteEndpoints(String path, String fileKind, String localCopy, List<EndpointRewrite> endpoints)
			implements Action {
		public RewriteEndpoints {
			endpoints = List.copyOf(endpoints);
		}

		@Override
		public String kind() {
			return "rewrite-endpoints";
		}
	}

	/**
	 * Finds and rewrites the hosts of URLs in every string column of a CCF database.
	 *
	 * @param server the SQL Server to connect to: its name, with {@code \instance} for a named instance
	 */
	record UpdateDatabaseUrls(String server, String database, List<HostRewrite> hosts) implements Action {
		public UpdateDatabaseUrls {
			hosts = List.copyOf(hosts);
		}

		@Override
		public String kind() {
			return "update-database-urls";
		}
	}

	/**
	 * Puts sites in the Local Intranet zone (zone 1) of the client computers.
	 *
	 * @param sites e.g. {@code http://ccfiisalias.fabrikam.com}: scheme and host name
	 */
	record AddIntranetSites(List<IntranetSite> sites) implements Action {
		public AddIntranetSites {
			sites = List.copyOf(sites);
		}

		@Override
		public String kind() {
			return "add-intranet-sites";
		}
	}

	/**
	 * Purges the Kerberos tickets of the logon session that runs the script, and with {@code system} also those of
	 * the computer's SYSTEM session (logon id 0x3e7), which services running as the computer use.
	 */
	record PurgeTickets(boolean system) implements Action {
		@Override
		public String kind() {
			return "purge-tickets";
		}
	}
}
