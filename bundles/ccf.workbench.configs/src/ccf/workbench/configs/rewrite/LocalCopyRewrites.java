/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.read.ConfigReader;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.XmlParser;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.ConfigFileKind;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.validation.Severity;

/**
 * The remediation's changes to every configuration file of a deployment that has a local copy: endpoint URLs moved to
 * the alias in client and service configurations, and Windows authentication set for the CCF services in
 * applicationHost.config. Nothing is written; {@code ccfw plan}, the generator and the workbench's preview show or
 * write the results.
 */
public final class LocalCopyRewrites {

	/**
	 * The rewrite of one modelled file.
	 *
	 * @param file      the file in the model
	 * @param path      its local copy
	 * @param rewrites  one per file read: the file, then the files it includes; empty when it could not be read
	 * @param problems  why it could not be read, and what was left for a person
	 */
	public record Planned(ConfigFile file, Path path, List<FileRewrite> rewrites, List<ConfigProblem> problems) {

		public boolean changesFiles() {
			return rewrites.stream().anyMatch(FileRewrite::changesFile);
		}

		public long changes(Change.Kind kind) {
			return rewrites.stream().flatMap(r -> r.changes().stream()).filter(c -> c.kind() == kind).count();
		}

		public boolean failed() {
			return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) && rewrites.isEmpty();
		}
	}

	private LocalCopyRewrites() {
	}

	/**
	 * @param modelFolder the folder of the model file, which local copies are relative to
	 * @throws IllegalArgumentException when an alias cannot be written into a URL (validation reports it too)
	 */
	public static List<Planned> plan(Deployment deployment, Path modelFolder) {
		HostMapping mapping = HostMapping.of(deployment);
		List<Planned> planned = new ArrayList<>();
		for (WebServer server : deployment.getWebServers()) {
			add(planned, server.getApplicationHostConfig(), modelFolder, mapping);
			for (ServiceInstallation installation : server.getServices()) {
				add(planned, installation.getWebConfig(), modelFolder, mapping);
			}
		}
		for (ClientGroup group : deployment.getClientGroups()) {
			add(planned, group.getConfigFile(), modelFolder, mapping);
		}
		return planned;
	}

	private static void add(List<Planned> planned, ConfigFile file, Path modelFolder, HostMapping mapping) {
		if (file == null || file.getLocalCopy() == null || file.getLocalCopy().isBlank()) {
			return;
		}
		String name = file.getLocalCopy();
		Path path;
		try {
			path = modelFolder.resolve(name.replace('\\', '/')).normalize();
		} catch (InvalidPathException e) {
			planned.add(new Planned(file, null, List.of(), List.of(new ConfigProblem(name, 1, 1, Severity.ERROR,
					"the local copy's path is not valid here: " + e.getReason()))));
			return;
		}
		planned.add(rewrite(file, path, name, mapping));
	}

	/**
	 * The rewrite of one modelled file's local copy: its URLs, and for an applicationHost.config its server's
	 * locations.
	 *
	 * @param name the copy as named in messages
	 */
	public static Planned rewrite(ConfigFile file, Path path, String name, HostMapping mapping) {
		try {
			if (file.getKind() == ConfigFileKind.APPLICATION_HOST_CONFIG && file.eContainer() instanceof WebServer server) {
				FileRewrite rewrite = IisAuthenticationRewrite.rewrite(path,
						XmlParser.parse(ConfigReader.load(path, name)), locations(server));
				return new Planned(file, path, List.of(rewrite), List.of());
			}
			ConfigFileContent content = ConfigReader.read(path, name);
			List<FileRewrite> rewrites = EndpointRewriter.rewrite(content, mapping);
			List<ConfigProblem> problems = new ArrayList<>(content.problems());
			rewrites.forEach(r -> problems.addAll(r.problems()));
			return new Planned(file, path, rewrites, problems);
		} catch (ConfigSyntaxException e) {
			return new Planned(file, path, List.of(), List.of(ConfigProblem.of(e)));
		}
	}

	/**
	 * The locations whose Windows authentication the article changes: each CCF service of an IIS 7+ server whose
	 * pool runs as a domain account.
	 */
	public static List<String> locations(WebServer server) {
		List<String> locations = new ArrayList<>();
		if (!server.supportsKernelMode()) {
			return locations;
		}
		for (ServiceInstallation installation : server.getServices()) {
			if (installation.getPool() != null && !installation.getPool().eIsProxy()
					&& installation.getPool().usesDomainAccount()) {
				locations.add(installation.locationPath());
			}
		}
		return locations;
	}
}
