/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import java.util.Locale;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.CcfServiceCatalog;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;

/** IIS facts about servers, pools and installed CCF services: kernel mode, identities, locations. */
public final class ServiceQueries {

	private ServiceQueries() {
	}

	public static boolean supportsKernelMode(WebServer server) {
		// An unknown IIS version counts as IIS 7+: CCF 2009 runs on Windows Server 2003 (IIS 6) or 2008 and later, and the
		// remediation of IIS 7+ (useAppPoolCredentials) is the one that cannot hurt when the version is unknown.
		return !server.isSetIisVersion() || server.getIisVersion().compareTo(IisVersion.IIS7) >= 0;
	}

	public static boolean hasHotfix(WebServer server, String kb) {
		String wanted = normalizeKb(kb);
		return !wanted.isEmpty() && server.getInstalledHotfixes().stream().anyMatch(h -> normalizeKb(h).equals(wanted));
	}

	private static String normalizeKb(String kb) {
		String upper = kb == null ? "" : kb.trim().toUpperCase(Locale.ROOT);
		return upper.startsWith("KB") ? upper.substring(2) : upper;
	}

	public static WebServer server(AppPool pool) {
		return pool.eContainer() instanceof WebServer server ? server : null;
	}

	public static WebServer server(ServiceInstallation installation) {
		return installation.eContainer() instanceof WebServer server ? server : null;
	}

	public static boolean usesDomainAccount(AppPool pool) {
		return pool.getIdentityType() == AppPoolIdentityType.SPECIFIC_USER && pool.getIdentity() != null;
	}

	public static String effectiveVirtualPath(ServiceInstallation installation) {
		if (!HostQueries.isBlank(installation.getVirtualPath())) {
			return trimSlashes(installation.getVirtualPath());
		}
		CcfService service = installation.getService();
		return service == null || service.eIsProxy() ? "" : trimSlashes(HostQueries.nullToEmpty(service.getDefaultVirtualPath()));
	}

	public static String locationPath(ServiceInstallation installation) {
		WebServer server = server(installation);
		String site = server == null || HostQueries.isBlank(server.getSite()) ? "Default Web Site" : server.getSite();
		return site + "/" + effectiveVirtualPath(installation);
	}

	public static boolean authenticatesInKernelMode(ServiceInstallation installation) {
		WebServer server = server(installation);
		if (server == null || !supportsKernelMode(server)) {
			return false;
		}
		Boolean own = installation.getUseKernelMode();
		return own != null ? own : server.isKernelModeAuthentication();
	}

	public static boolean needsAppPoolCredentials(ServiceInstallation installation) {
		AppPool pool = installation.getPool();
		return authenticatesInKernelMode(installation) && pool != null && usesDomainAccount(pool)
				&& !Boolean.TRUE.equals(installation.getUseAppPoolCredentials());
	}

	public static EList<ServiceInstallation> missingAppPoolCredentials(Deployment deployment) {
		EList<ServiceInstallation> result = new BasicEList<>();
		deployment.getWebServers().forEach(server -> server.getServices().stream()
				.filter(ServiceQueries::needsAppPoolCredentials).forEach(result::add));
		return ECollections.unmodifiableEList(result);
	}

	public static CcfService find(CcfServiceCatalog catalog, String name) {
		if (HostQueries.isBlank(name)) {
			return null;
		}
		String wanted = trimSlashes(name.trim());
		return catalog.getServices().stream()
				.filter(s -> wanted.equalsIgnoreCase(s.getName()) || wanted.equalsIgnoreCase(s.getFullName())
						|| wanted.equalsIgnoreCase(trimSlashes(HostQueries.nullToEmpty(s.getDefaultVirtualPath()))))
				.findFirst().orElse(null);
	}

	private static String trimSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(start, end);
	}
}
