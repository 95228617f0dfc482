/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ccfw import} knows from its options: the names the configuration files cannot tell.
 *
 * @param deploymentName the model's name
 * @param server         the IIS server's NetBIOS name, e.g. {@code CCFIIS}
 * @param serverFqdn     its FQDN, e.g. {@code ccfiis.fabrikam.com}
 * @param alias          the alias (a name, or an FQDN whose first label is the name)
 * @param domain         the domain's NetBIOS name, e.g. {@code FABRIKAM}
 * @param dnsDomain      the domain's DNS name, e.g. {@code fabrikam.com}
 * @param account        the app-pool account with its domain, e.g. {@code FABRIKAM\ASPUSER}
 * @param inputs         files and folders to scan
 * @param modelFolder    the folder the model is written to; local copies are recorded relative to it
 * @param clientPaths    where the Agent Desktop and MMC configurations are on the client machines (Windows paths), or
 *                       null when unknown: the copied files do not say
 */
public record ImportRequest(String deploymentName, String server, String serverFqdn, String alias, String domain,
		String dnsDomain, String account, List<Path> inputs, Path modelFolder, ClientPaths clientPaths) {

	/** The Windows paths of the client configurations; either may be null. */
	public record ClientPaths(String agentDesktop, String mmc) {

		public static final ClientPaths UNKNOWN = new ClientPaths(null, null);
	}

	public ImportRequest {
		inputs = List.copyOf(inputs);
		clientPaths = clientPaths == null ? ClientPaths.UNKNOWN : clientPaths;
	}
}
