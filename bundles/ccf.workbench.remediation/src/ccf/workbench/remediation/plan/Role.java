/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

/** Who runs a group of steps, in the order the remediation runs them. */
public enum Role {
	/** A DNS administrator of the zone (the article's step 1). */
	DNS_ADMIN("dns-admin", "DNS administrator"),
	/** A domain administrator (step 4: SPNs). */
	DOMAIN_ADMIN("domain-admin", "domain administrator"),
	/** A local administrator of one IIS server (the IIS 7 note, Web.config files, ticket cache of the services). */
	IIS_SERVER("iis-server", "administrator of the IIS server"),
	/** A sysadmin or db_owner of one SQL Server's CCF databases (step 3). */
	SQL_SERVER("sql-server", "SQL Server administrator"),
	/** An administrator of the computers of one client group (steps 2, 3 and 5). */
	CLIENT_GROUP("client-group", "administrator of the client computers");

	private final String id;
	private final String label;

	Role(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The stable identifier used in plan.json and folder names, e.g. {@code dns-admin}. */
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}
}
