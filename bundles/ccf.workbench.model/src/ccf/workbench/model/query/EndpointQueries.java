/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.net.EndpointUrl;

/** Where the deployment's endpoint URLs are, and which of them still name a real server. */
public final class EndpointQueries {

	private EndpointQueries() {
	}

	public static String host(EndpointReference endpoint) {
		return EndpointUrl.parse(endpoint.getUrl()).map(EndpointUrl::host).orElse(null);
	}

	public static boolean names(EndpointReference endpoint, Host host) {
		String name = host(endpoint);
		return name != null && host != null && host.isNamedBy(name);
	}

	/** Every configuration file, in model order: clients, then per server applicationHost.config and Web.config files. */
	public static EList<ConfigFile> configFiles(Deployment deployment) {
		EList<ConfigFile> result = new BasicEList<>();
		deployment.getClientGroups().forEach(group -> addIfPresent(result, group.getConfigFile()));
		deployment.getWebServers().forEach(server -> {
			addIfPresent(result, server.getApplicationHostConfig());
			server.getServices().forEach(service -> addIfPresent(result, service.getWebConfig()));
		});
		return ECollections.unmodifiableEList(result);
	}

	public static EList<EndpointReference> namingRealServer(Deployment deployment) {
		EList<EndpointReference> result = new BasicEList<>();
		// Only servers behind an alias: a URL naming any other server has no alias to be rewritten to.
		Set<String> aliased = HostQueries.nameKeys(deployment.getAliases().stream()
				.flatMap(alias -> alias.getTargets().stream()).toList());
		allEndpoints(deployment).filter(endpoint -> {
			String host = host(endpoint);
			return host != null && aliased.contains(HostQueries.nameKey(host));
		}).forEach(result::add);
		return ECollections.unmodifiableEList(result);
	}

	/** The endpoints of every configuration file and database of the deployment. */
	public static Stream<EndpointReference> allEndpoints(Deployment deployment) {
		Stream<EndpointReference> inFiles = configFiles(deployment).stream().flatMap(file -> file.getEndpoints().stream());
		Stream<EndpointReference> inDatabases = deployment.getSqlServers().stream()
				.flatMap(server -> server.getDatabases().stream()).flatMap(db -> db.getEndpoints().stream());
		return Stream.concat(inFiles, inDatabases);
	}

	private static void addIfPresent(EList<ConfigFile> files, ConfigFile file) {
		if (file != null) {
			files.add(file);
		}
	}
}
