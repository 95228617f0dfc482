/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.dsl.CcfStandaloneSetup;
import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.samples.Kb969803Sample;

/**
 * {@code ccfw describe}: what a deployment holds and what KB 969803 asks of it (the alias, its CNAME, the SPNs,
 * the endpoint URLs that name the real server, the IIS locations without useAppPoolCredentials).
 */
final class DescribeVerb implements Verb {

	static final String NAME = "describe";
	static final String SUMMARY = "summarize a deployment and what KB 969803 asks of it";

	@Override
	public String usage() {
		return """
				Usage: ccfw describe --sample
				       ccfw describe FILE.ccf | FILE.deployment

				Summarizes a deployment: domain, web servers, pools and CCF services, aliases
				and their CNAME, clients, databases; then what KB 969803 asks of it: the SPNs
				to register, the endpoint URLs that still name the real server, and the IIS 7+
				locations that need useAppPoolCredentials.

				  --sample   the article's deployment (Fabrikam, CCFIIS, alias CCFIISAlias)
				  FILE       a deployment in the .ccf language, or saved as EMF XMI
				             (any other extension)
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		for (String arg : args) {
			if (arg.startsWith("-") && !arg.equals("--sample")) {
				err.println("ccfw describe: unknown option '" + arg + "'. Run 'ccfw describe --help'.");
				return USAGE;
			}
		}
		if (args.size() != 1) {
			err.println("ccfw describe: expected --sample or one FILE. Run 'ccfw describe --help'.");
			return USAGE;
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(DeploymentPackage.eNS_URI, DeploymentPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		CcfServiceCatalogs.ccf2009(resourceSet);
		String argument = args.get(0);
		Deployment deployment;
		if (argument.equals("--sample")) {
			deployment = Kb969803Sample.create(resourceSet);
		} else {
			Path file;
			try {
				file = Path.of(argument);
			} catch (InvalidPathException e) {
				err.println(argument + ": error: not a valid path: " + e.getReason() + ".");
				return USAGE;
			}
			deployment = load(isCcf(file) ? CcfStandaloneSetup.doSetup().getInstance(XtextResourceSet.class) : resourceSet,
					file, err);
			if (deployment == null) {
				return USAGE;
			}
		}
		new DeploymentSummary(out).print(deployment);
		return OK;
	}

	private static boolean isCcf(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".ccf");
	}

	private static Deployment load(ResourceSet resourceSet, Path file, PrintStream err) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println(file + ": error: cannot read the file; check the path and its permissions.");
			return null;
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(null);
		} catch (Exception e) {
			resource.getErrors().stream().findFirst().ifPresentOrElse(
					d -> err.println(file + ":" + d.getLine() + ":" + d.getColumn() + ": error: " + message(d)),
					() -> err.println(file + ": error: not a deployment model: " + e.getMessage()));
			return null;
		}
		if (!resource.getErrors().isEmpty()) {
			// The .ccf parser records syntax errors instead of throwing.
			resource.getErrors().forEach(d -> err.println(file + ":" + d.getLine() + ":" + d.getColumn() + ": error: " + message(d)));
			return null;
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
			err.println(file + ": error: the file holds no deployment.");
			return null;
		}
		// A reference to an element that does not exist (e.g. a catalogue service) would be summarized as empty.
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			// Names of a .ccf file that resolve to nothing.
			resource.getErrors().forEach(d -> err.println(file + ":" + d.getLine() + ":" + d.getColumn() + ": error: " + message(d)));
			return null;
		}
		Optional<EObject> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).keySet().stream()
				.findFirst();
		if (unresolved.isPresent()) {
			err.println(file + ": error: unresolved reference to '" + EcoreUtil.getURI(unresolved.get()) + "'.");
			return null;
		}
		return deployment;
	}

	/**
	 * The text of a load error without what the command line already says: EMF appends " (URI, line, column)" to
	 * its messages and wraps parser errors in an exception whose message is the parser exception's toString().
	 */
	private static String message(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof Throwable t && t.getCause() != null && t.getCause().getMessage() != null) {
			return t.getCause().getMessage();
		}
		String message = String.valueOf(diagnostic.getMessage());
		String position = " (" + diagnostic.getLocation() + ", " + diagnostic.getLine() + ", " + diagnostic.getColumn() + ")";
		return message.endsWith(position) ? message.substring(0, message.length() - position.length()) : message;
	}

	/** Prints the summary; one class so that the layout of the text is in one place. */
	private record DeploymentSummary(PrintStream out) {

		void print(Deployment d) {
			out.println("Deployment " + d.getName() + (d.getDescription() == null ? "" : ": " + d.getDescription()));
			for (Domain domain : d.getDomains()) {
				out.println("  Domain " + domain.getName() + " (" + domain.getDnsName() + "), controllers: "
						+ domain.getControllers().stream().map(c -> c.getName()).collect(Collectors.joining(", ")));
			}
			for (WebServer server : d.getWebServers()) {
				out.println("  Web server " + server.getName() + " (" + server.effectiveFqdn() + "), Windows "
						+ (server.isSetWindowsVersion() ? server.getWindowsVersion().toString() : "(version unknown)") + ", IIS "
						+ (server.isSetIisVersion() ? server.getIisVersion().toString() : "(version unknown)")
						+ (server.supportsKernelMode() && server.isKernelModeAuthentication() ? ", kernel-mode authentication" : ""));
				for (AppPool pool : server.getAppPools()) {
					long services = server.getServices().stream().filter(s -> s.getPool() == pool).count();
					String identity = pool.usesDomainAccount() ? pool.getIdentity().qualifiedAccountName()
							: literal(pool.getIdentityType());
					out.println("    pool " + pool.getName() + " as " + identity + ": " + services + " CCF services");
				}
			}
			for (Alias alias : d.getAliases()) {
				String targets = alias.getTargets().stream().map(WebServer::getName).collect(Collectors.joining(", "));
				out.println("  Alias " + alias.getName() + " (" + alias.effectiveFqdn() + ") -> " + targets + ", CNAME "
						+ (alias.cnameRecord() == null ? "missing" : "-> " + alias.cnameRecord().getData()));
			}
			for (ClientGroup group : d.getClientGroups()) {
				ConfigFile file = group.getConfigFile();
				out.println("  Clients " + group.getName() + " (" + literal(group.getKind()) + "): "
						+ group.getHosts().size() + " hosts" + (file == null ? "" : ", " + file.getPath()));
			}
			for (SqlServer sql : d.getSqlServers()) {
				out.println("  SQL Server " + sql.getName() + ": " + sql.getDatabases().stream().map(db -> db.getName())
						.collect(Collectors.joining(", ")));
			}
			List<ServicePrincipalName> missing = d.missingSpns();
			out.println();
			out.println("Required SPNs (" + missing.size() + " missing):");
			for (ServicePrincipalName spn : d.requiredSpns()) {
				boolean isMissing = missing.stream().anyMatch(m -> m.sameName(spn) && m.getOwner() == spn.getOwner());
				out.println("  " + spn.text() + " on " + spn.getOwner().qualifiedAccountName()
						+ (isMissing ? "  [missing]" : "  [registered]"));
			}
			for (ServicePrincipalName spn : d.conflictingSpns()) {
				String owner = spn.getOwner() == null ? "no owner" : spn.getOwner().qualifiedAccountName();
				out.println("  " + spn.text() + " on " + owner + "  [conflict: wrong owner]");
			}
			for (ServicePrincipalName spn : d.serverSpnsOnAccounts()) {
				out.println("  " + spn.text() + " on " + spn.getOwner().qualifiedAccountName()
						+ "  [must stay on the computer account]");
			}
			List<EndpointReference> endpoints = d.endpointsNamingRealServer();
			out.println();
			out.println("Endpoint URLs that name the real server (" + endpoints.size() + "):");
			for (EndpointReference endpoint : endpoints) {
				out.println("  " + endpoint.getUrl() + "  in " + where(endpoint));
			}
			List<ServiceInstallation> noCredentials = d.installationsMissingAppPoolCredentials();
			out.println();
			out.println("IIS locations that need useAppPoolCredentials=\"true\" (" + noCredentials.size() + "):");
			for (ServiceInstallation installation : noCredentials) {
				out.println("  " + installation.server().getName() + ": " + installation.locationPath());
			}
		}

		private static String where(EndpointReference endpoint) {
			if (endpoint.eContainer() instanceof ConfigFile file) {
				return file.getPath();
			}
			if (endpoint.eContainer() instanceof Database db) {
				return "database " + db.getName();
			}
			return "?";
		}

		private static String literal(Object enumerator) {
			return enumerator == null ? "unknown" : enumerator.toString();
		}
	}
}
