/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.topology;

/** What a node of the topology stands for, in the order a Kerberos request passes them. */
public enum ElementKind {
	CLIENT_GROUP("clients"),
	ENDPOINTS("endpoints"),
	ALIAS("alias"),
	DOMAIN_CONTROLLER("domain controller"),
	WEB_SERVER("IIS server"),
	APP_POOL("app pool"),
	ACCOUNT("service account"),
	SERVICE("CCF service"),
	SQL_SERVER("SQL Server"),
	DATABASE("database");

	private final String label;

	ElementKind(String label) {
		this.label = label;
	}

	/** @return the kind as a person names it, e.g. "IIS server" */
	public String label() {
		return label;
	}
}
