/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

/** What a scanned configuration file is in a CCF deployment. */
public enum ConfigRole {
	AGENT_DESKTOP("Agent Desktop configuration"),
	MMC("MMC (administration console) configuration"),
	SERVICE_WEB_CONFIG("CCF service Web.config"),
	APPLICATION_HOST("IIS applicationHost.config"),
	UNRECOGNIZED("not a CCF configuration file");

	private final String label;

	ConfigRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
