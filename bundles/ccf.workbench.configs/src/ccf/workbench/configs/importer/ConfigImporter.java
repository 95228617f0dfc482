/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;

import ccf.workbench.configs.read.ApplicationHostConfig;
import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.read.ConfigReader;
import ccf.workbench.configs.read.UrlKind;
import ccf.workbench.configs.read.UrlSite;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.CcfServiceCatalog;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ClientKind;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.ConfigFileKind;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.EndpointIdentity;
import ccf.workbench.model.deployment.EndpointKind;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.IdentityKind;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.query.ServiceQueries;
import ccf.workbench.model.validation.Severity;

/**
 * Builds a deployment model from the configuration files of a CCF installation: Agent Desktop and MMC configurations,
 * the Web.config of each CCF service, and IIS's applicationHost.config. Services are matched to the CCF 2009
 * catalogue by virtual path; every endpoint URL becomes an endpoint reference with its place in the file, so that
 * validation reports the article's problems and the plan can rewrite the files.
 */
public final class ConfigImporter {

	/** The standard place of IIS 7+'s configuration, as the article opens it. */
	public static final String APPLICATION_HOST_PATH = "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config";

	private static final DeploymentFactory F = DeploymentFactory.eINSTANCE;
	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
	private static final int MAX_SCAN_DEPTH = 32;

	private final ImportRequest request;
	private final CcfServiceCatalog catalog;
	private final List<ImportedFile> files = new ArrayList<>();
	private final List<ConfigProblem> problems = new ArrayList<>();
	private final Deployment deployment = F.createDeployment();
	private final Map<String, AppPool> pools = new LinkedHashMap<>();
	private final Map<String, ServiceAccount> accounts = new LinkedHashMap<>();
	private final Map<CcfService, ServiceInstallation> installations = new LinkedHashMap<>();
	private final Set<String> realServerNames = new HashSet<>();
	private Domain domain;
	private ServiceAccount account;
	private WebServer server;
	private ApplicationHostConfig iis;

	private ConfigImporter(ImportRequest request, ResourceSet resourceSet) {
		this.request = request;
		this.catalog = CcfServiceCatalogs.ccf2009(resourceSet);
	}

	/**
	 * Scans the request's inputs and builds the model.
	 *
	 * @param resourceSet where the CCF 2009 catalogue is found or created; the model is not added to a resource
	 * @throws IllegalArgumentException when an option cannot become a name of the model; the message says why
	 */
	public static ImportResult run(ImportRequest request, ResourceSet resourceSet) {
		return run(request, resourceSet, ImportProgress.NONE);
	}

	/**
	 * As {@link #run(ImportRequest, ResourceSet)}, telling {@code progress} of each file read.
	 *
	 * @throws CancellationException when {@code progress} is cancelled; nothing is returned then
	 */
	public static ImportResult run(ImportRequest request, ResourceSet resourceSet, ImportProgress progress) {
		ConfigImporter importer = new ConfigImporter(request, resourceSet);
		importer.createSkeleton();
		importer.importFiles(importer.scan(), progress);
		importer.finish();
		return new ImportResult(importer.deployment, importer.files, importer.problems);
	}

	private void createSkeleton() {
		requireId("--server", request.server());
		requireId("--domain", request.domain());
		String aliasName = firstLabel(request.alias());
		requireId("--alias", aliasName);
		String[] accountParts = request.account().split("\\\\", -1);
		if (accountParts.length != 2 || accountParts[0].isBlank() || accountParts[1].isBlank()) {
			throw new IllegalArgumentException("--account " + request.account() + " is not DOMAIN\\user");
		}
		if (!accountParts[0].equalsIgnoreCase(request.domain())) {
			throw new IllegalArgumentException("--account " + request.account() + " is not in the domain "
					+ request.domain() + " given with --domain");
		}
		deployment.setName(ID.matcher(request.deploymentName()).matches() ? request.deploymentName() : "Imported");
		domain = F.createDomain();
		domain.setName(request.domain());
		domain.setDnsName(request.dnsDomain());
		deployment.getDomains().add(domain);
		account = account(accountParts[1]);
		server = F.createWebServer();
		server.setName(request.server());
		server.setDomain(domain);
		server.setFqdn(request.serverFqdn());
		deployment.getWebServers().add(server);
		realServerNames.add(request.server().toLowerCase(Locale.ROOT));
		realServerNames.add(request.serverFqdn().toLowerCase(Locale.ROOT));
		Alias alias = F.createAlias();
		alias.setName(aliasName);
		alias.getTargets().add(server);
		if (request.alias().contains(".")) {
			alias.setFqdn(request.alias());
		}
		deployment.getAliases().add(alias);
	}

	private static void requireId(String option, String value) {
		if (value == null || !ID.matcher(value).matches()) {
			throw new IllegalArgumentException(option + " " + value + " cannot be a name in a .ccf model: it must start "
					+ "with a letter and hold only letters, digits, '-' and '_'");
		}
	}

	private static String firstLabel(String name) {
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	private ServiceAccount account(String samAccountName) {
		return accounts.computeIfAbsent(samAccountName.toLowerCase(Locale.ROOT), key -> {
			ServiceAccount created = F.createServiceAccount();
			String name = sanitize(samAccountName);
			created.setName(name);
			if (!name.equals(samAccountName)) {
				created.setAccountName(samAccountName);
			}
			created.setDomain(domain);
			deployment.getAccounts().add(created);
			return created;
		});
	}

	/** The files to read: each file given, and each {@code *.config} below each folder given, in path order. */
	private List<Path> scan() {
		Set<Path> found = new LinkedHashSet<>();
		for (Path input : request.inputs()) {
			if (Files.isRegularFile(input)) {
				found.add(input);
			} else if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input, MAX_SCAN_DEPTH)) {
					walk.filter(Files::isRegularFile)
							.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".config"))
							.sorted().forEach(found::add);
				} catch (IOException | RuntimeException e) {
					problems.add(new ConfigProblem(input.toString(), 1, 1, Severity.ERROR,
							"the folder cannot be read completely: " + e.getMessage()));
				}
			} else {
				problems.add(new ConfigProblem(input.toString(), 1, 1, Severity.ERROR,
						"no such file or folder; check the path"));
			}
		}
		return new ArrayList<>(found);
	}

	private void importFiles(List<Path> paths, ImportProgress progress) {
		Map<Path, ConfigFileContent> contents = new LinkedHashMap<>();
		Set<Path> included = new HashSet<>();
		for (int index = 0; index < paths.size(); index++) {
			Path path = paths.get(index);
			if (progress.isCancelled()) {
				throw new CancellationException("The import was cancelled before " + path);
			}
			progress.reading(path, index, paths.size());
			try {
				ConfigFileContent content = ConfigReader.read(path, path.toString());
				contents.put(path, content);
				problems.addAll(content.problems());
				content.parts().stream().filter(p -> !p.isMain()).forEach(p -> included.add(normalize(p.path())));
			} catch (ConfigSyntaxException e) {
				problems.add(new ConfigProblem(e.file(), e.line(), e.column(), Severity.ERROR,
						e.problem() + ". The file was not imported"));
			}
		}
		contents.keySet().removeIf(path -> included.contains(normalize(path)));
		Map<Path, ConfigRole> roles = new LinkedHashMap<>();
		contents.forEach((path, content) -> roles.put(path, role(content)));
		contents.forEach((path, content) -> {
			if (roles.get(path) == ConfigRole.APPLICATION_HOST) {
				applicationHost(content);
			}
		});
		contents.forEach((path, content) -> {
			if (roles.get(path) == ConfigRole.SERVICE_WEB_CONFIG) {
				webConfig(content);
			}
		});
		for (Map.Entry<Path, ConfigFileContent> entry : contents.entrySet()) {
			ConfigRole role = roles.get(entry.getKey());
			if (role == ConfigRole.AGENT_DESKTOP || role == ConfigRole.MMC) {
				client(entry.getValue(), role);
			} else if (role == ConfigRole.UNRECOGNIZED) {
				unrecognized(entry.getValue());
			}
		}
	}

	private static Path normalize(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private ConfigRole role(ConfigFileContent content) {
		if (!content.main().document().root().is("configuration")) {
			return ConfigRole.UNRECOGNIZED;
		}
		if (ApplicationHostConfig.isApplicationHost(content.main().document())) {
			return ConfigRole.APPLICATION_HOST;
		}
		String name = content.file().getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith("web.config")) {
			return ConfigRole.SERVICE_WEB_CONFIG;
		}
		if (name.contains("agentdesktop")) {
			return ConfigRole.AGENT_DESKTOP;
		}
		if (name.contains("mmc")) {
			return ConfigRole.MMC;
		}
		boolean callsCcf = content.sites().stream().anyMatch(s -> s.kind() == UrlKind.CLIENT_ENDPOINT
				&& s.url() != null && s.text().toLowerCase(Locale.ROOT).contains("/microsoft.ccf."));
		if (callsCcf) {
			problems.add(new ConfigProblem(content.main().name(), 1, 1, Severity.INFO, "taken for an Agent Desktop "
					+ "configuration because its client endpoints call CCF services; name it Mmc.exe.config if it "
					+ "belongs to the administration console"));
			return ConfigRole.AGENT_DESKTOP;
		}
		return ConfigRole.UNRECOGNIZED;
	}

	private void applicationHost(ConfigFileContent content) {
		if (iis != null) {
			problems.add(new ConfigProblem(content.main().name(), 1, 1, Severity.WARNING, "a second "
					+ "applicationHost.config; the model has one web server, so only the first one was imported"));
			files.add(file(content, ConfigRole.UNRECOGNIZED, "second applicationHost.config, ignored"));
			return;
		}
		iis = ApplicationHostConfig.read(content.main().document());
		ConfigFile file = configFile(ConfigFileKind.APPLICATION_HOST_CONFIG, APPLICATION_HOST_PATH, content, false);
		server.setApplicationHostConfig(file);
		int found = 0;
		Map<String, Integer> sites = new LinkedHashMap<>();
		for (ApplicationHostConfig.Application application : iis.applications()) {
			CcfService service = ServiceQueries.find(catalog, lastSegment(application.path()));
			if (service == null || installations.containsKey(service)) {
				continue;
			}
			found++;
			sites.merge(application.site(), 1, Integer::sum);
			ServiceInstallation installation = install(service, application);
			installation.setVirtualPath(differentPath(service, application.path()));
			ApplicationHostConfig.WindowsAuthentication authentication = iis
					.effectiveAuthentication(application.locationPath());
			installation.setUseKernelMode(authentication.useKernelMode());
			installation.setUseAppPoolCredentials(authentication.useAppPoolCredentials());
			if (!Boolean.TRUE.equals(authentication.enabled())) {
				problems.add(new ConfigProblem(content.main().name(), application.line(), 1, Severity.WARNING,
						"Windows authentication is not enabled for " + application.locationPath()
								+ "; CCF's services need it. Check IIS Manager"));
			}
		}
		sites.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
				.filter(site -> !site.equals(server.getSite())).ifPresent(server::setSite);
		server.setKernelModeAuthentication(installations.values().stream()
				.anyMatch(i -> Boolean.TRUE.equals(i.getUseKernelMode())));
		files.add(file(content, ConfigRole.APPLICATION_HOST, found + " CCF service(s)"));
	}

	private ServiceInstallation install(CcfService service, ApplicationHostConfig.Application application) {
		ServiceInstallation installation = F.createServiceInstallation();
		installation.setService(service);
		installation.setPool(pool(application));
		installations.put(service, installation);
		return installation;
	}

	private static String differentPath(CcfService service, String path) {
		String normalized = ApplicationHostConfig.normalize(path);
		return normalized.equalsIgnoreCase(ApplicationHostConfig.normalize(service.getDefaultVirtualPath())) ? null
				: "/" + normalized;
	}

	/** The model's pool for an application's IIS pool; the account of {@code --account} when IIS is not known. */
	private AppPool pool(ApplicationHostConfig.Application application) {
		String iisName = application == null ? "CcfPool" : application.pool();
		return pools.computeIfAbsent(iisName.toLowerCase(Locale.ROOT), key -> {
			AppPool pool = F.createAppPool();
			pool.setName(sanitize(iisName));
			if (!pool.getName().equals(iisName)) {
				problems.add(new ConfigProblem(request.server(), 1, 1, Severity.INFO, "the application pool '" + iisName
						+ "' is called " + pool.getName() + " in the model, whose names cannot hold its characters"));
			}
			ApplicationHostConfig.Pool iisPool = application == null || iis == null ? null
					: iis.pool(iisName).orElse(null);
			identity(pool, iisPool);
			server.getAppPools().add(pool);
			return pool;
		});
	}

	private void identity(AppPool pool, ApplicationHostConfig.Pool iisPool) {
		if (iisPool == null) {
			pool.setIdentityType(AppPoolIdentityType.SPECIFIC_USER);
			pool.setIdentity(account);
			if (iis != null) {
				problems.add(new ConfigProblem(request.server(), 1, 1, Severity.WARNING, "applicationHost.config has no "
						+ "pool " + pool.getName() + "; assumed to run as " + request.account()));
			}
			return;
		}
		String type = iisPool.identityType() == null ? "ApplicationPoolIdentity" : iisPool.identityType();
		AppPoolIdentityType identityType = AppPoolIdentityType.get(type);
		if (identityType == null) {
			identityType = AppPoolIdentityType.APPLICATION_POOL_IDENTITY;
		}
		pool.setIdentityType(identityType);
		if (identityType == AppPoolIdentityType.SPECIFIC_USER) {
			String user = iisPool.userName() == null ? "" : iisPool.userName();
			String[] parts = user.split("\\\\", 2);
			String sam = parts.length == 2 ? parts[1] : user.contains("@") ? user.substring(0, user.indexOf('@')) : user;
			pool.setIdentity(sam.isBlank() ? account : account(sam));
		} else {
			problems.add(new ConfigProblem(request.server(), 1, 1, Severity.WARNING, "the pool " + iisPool.name()
					+ " runs as the built-in identity " + type + ", not as " + request.account()
					+ "; KB 969803 is about a pool that runs as a domain account. The model says what IIS says"));
		}
	}

	private void webConfig(ConfigFileContent content) {
		CcfService service = serviceOf(content.file());
		if (service == null) {
			files.add(file(content, ConfigRole.UNRECOGNIZED, "a Web.config outside the folders of the CCF services"));
			warnAboutUrls(content);
			return;
		}
		ServiceInstallation installation = installations.get(service);
		if (installation == null) {
			installation = install(service, null);
			if (iis != null) {
				problems.add(new ConfigProblem(content.main().name(), 1, 1, Severity.WARNING, "applicationHost.config "
						+ "has no application for " + service.getFullName() + "; the service is modelled anyway"));
			}
		} else if (installation.getWebConfig() != null) {
			problems.add(new ConfigProblem(content.main().name(), 1, 1, Severity.WARNING, "a second Web.config for "
					+ service.getFullName() + "; only the first one was imported"));
			files.add(file(content, ConfigRole.UNRECOGNIZED, "second Web.config of " + service.getName()));
			return;
		}
		String windowsPath = null;
		if (iis != null) {
			windowsPath = iis.application(server.getSite(), installation.getVirtualPath() != null
					? installation.getVirtualPath() : service.getDefaultVirtualPath())
					.map(ApplicationHostConfig.Application::physicalPath).map(p -> p + "\\Web.config").orElse(null);
		}
		installation.setWebConfig(configFile(ConfigFileKind.SERVICE_WEB_CONFIG, windowsPath, content, true));
		files.add(file(content, ConfigRole.SERVICE_WEB_CONFIG, service.getName()));
	}

	/**
	 * The service named by the file (e.g. {@code Microsoft.Ccf.Csr.WebServices.Customer.Web.config}) or by one of the
	 * folders it is in (nearest first), by short name, full name or virtual path.
	 */
	private CcfService serviceOf(Path webConfig) {
		String name = webConfig.getFileName().toString();
		if (name.length() > "web.config".length() + 1) {
			CcfService service = ServiceQueries.find(catalog, name.substring(0, name.length() - "web.config".length() - 1));
			if (service != null) {
				return service;
			}
		}
		for (Path folder = normalize(webConfig).getParent(); folder != null && folder.getFileName() != null;
				folder = folder.getParent()) {
			CcfService service = ServiceQueries.find(catalog, folder.getFileName().toString());
			if (service != null) {
				return service;
			}
		}
		return null;
	}

	private void client(ConfigFileContent content, ConfigRole role) {
		ClientGroup group = F.createClientGroup();
		boolean agents = role == ConfigRole.AGENT_DESKTOP;
		String base = agents ? "AgentDesktops" : "AdminConsoles";
		long same = deployment.getClientGroups().stream().filter(g -> g.getName().startsWith(base)).count();
		group.setName(same == 0 ? base : base + (same + 1));
		group.setKind(agents ? ClientKind.AGENT_DESKTOP : ClientKind.MMC);
		String windowsPath = agents ? request.clientPaths().agentDesktop() : request.clientPaths().mmc();
		if (windowsPath == null) {
			problems.add(new ConfigProblem(content.main().name(), 1, 1, Severity.WARNING, "where this file is on the "
					+ (agents ? "agents'" : "administrators'") + " machines is not known; give it with "
					+ (agents ? "--agent-desktop-path" : "--mmc-path") + ", or write it after the file's kind in the "
					+ "model, before ccfw generate writes the scripts that edit it"));
		}
		group.setConfigFile(configFile(agents ? ConfigFileKind.AGENT_DESKTOP_CONFIG : ConfigFileKind.MMC_CONFIG,
				windowsPath, content, true));
		deployment.getClientGroups().add(group);
		files.add(file(content, role, group.getName()));
	}

	private void unrecognized(ConfigFileContent content) {
		files.add(file(content, ConfigRole.UNRECOGNIZED, ""));
		warnAboutUrls(content);
	}

	private void warnAboutUrls(ConfigFileContent content) {
		for (UrlSite site : content.sites()) {
			if (namesRealServer(site)) {
				problems.add(new ConfigProblem(site.part().name(), site.line(), site.column(), Severity.WARNING,
						site.text() + " names the real server, but the file is not a CCF configuration the model "
								+ "records; change it by hand or name the file after its program"));
			}
		}
	}

	private ConfigFile configFile(ConfigFileKind kind, String windowsPath, ConfigFileContent content,
			boolean endpoints) {
		ConfigFile file = F.createConfigFile();
		file.setKind(kind);
		file.setPath(windowsPath);
		file.setLocalCopy(localCopy(content.file()));
		if (endpoints) {
			for (UrlSite site : content.sites()) {
				if (site.kind() == UrlKind.SERVICE_ENDPOINT && site.url() == null) {
					continue; // a relative service address ("", "basic") names no host
				}
				file.getEndpoints().add(endpoint(site));
			}
		}
		return file;
	}

	private String localCopy(Path file) {
		Path absolute = normalize(file);
		Path folder = normalize(request.modelFolder());
		try {
			return folder.relativize(absolute).toString().replace('\\', '/');
		} catch (IllegalArgumentException e) {
			return absolute.toString(); // another drive or root
		}
	}

	private static EndpointReference endpoint(UrlSite site) {
		EndpointReference endpoint = F.createEndpointReference();
		endpoint.setUrl(site.text());
		endpoint.setKind(switch (site.kind()) {
		case CLIENT_ENDPOINT -> EndpointKind.CLIENT_ENDPOINT;
		case SERVICE_ENDPOINT -> EndpointKind.SERVICE_ENDPOINT;
		case APP_SETTING -> EndpointKind.APP_SETTING;
		case APPLICATION_SETTING -> EndpointKind.APPLICATION_SETTING;
		case OTHER -> EndpointKind.OTHER;
		});
		endpoint.setLocation(site.location());
		endpoint.setLine(site.line());
		endpoint.setColumn(site.column());
		if (site.identity() != null) {
			EndpointIdentity identity = F.createEndpointIdentity();
			identity.setKind(switch (site.identity().kind()) {
			case "servicePrincipalName" -> IdentityKind.SPN;
			case "userPrincipalName" -> IdentityKind.UPN;
			default -> IdentityKind.DNS;
			});
			identity.setValue(site.identity().value());
			endpoint.setIdentity(identity);
		}
		return endpoint;
	}

	private ImportedFile file(ConfigFileContent content, ConfigRole role, String detail) {
		int naming = (int) content.sites().stream().filter(this::namesRealServer).count();
		int urls = (int) content.sites().stream().filter(s -> s.url() != null).count();
		return new ImportedFile(content.file(), content.main().name(), role, detail, urls, naming);
	}

	private boolean namesRealServer(UrlSite site) {
		String host = site.host();
		if (host == null) {
			return false;
		}
		String key = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		return realServerNames.contains(key.toLowerCase(Locale.ROOT));
	}

	/** Installs the services in catalogue order, and adds the SPNs the domain join gave the computer account. */
	private void finish() {
		for (CcfService service : catalog.getServices()) {
			ServiceInstallation installation = installations.get(service);
			if (installation != null) {
				server.getServices().add(installation);
			}
		}
		if (installations.isEmpty()) {
			problems.add(new ConfigProblem(request.server(), 1, 1, Severity.WARNING, "no CCF service was found: give "
					+ "applicationHost.config or the services' Web.config files (in folders named after the services)"));
		}
		deployment.getSpns().add(computerSpn(request.server()));
		deployment.getSpns().add(computerSpn(request.serverFqdn()));
		deployment.setDescription("Imported by ccfw import from " + files.stream()
				.filter(f -> f.role() != ConfigRole.UNRECOGNIZED).count() + " configuration file(s).");
	}

	private ServicePrincipalName computerSpn(String host) {
		ServicePrincipalName spn = F.createServicePrincipalName();
		spn.setServiceClass("host");
		spn.setHost(host);
		spn.setOwner(server);
		return spn;
	}

	private static String lastSegment(String path) {
		String normalized = ApplicationHostConfig.normalize(path);
		return normalized.substring(normalized.lastIndexOf('/') + 1);
	}

	/** A name the .ccf language accepts: other characters become '_', and a leading digit gets one in front. */
	static String sanitize(String name) {
		StringBuilder result = new StringBuilder();
		for (char c : name.toCharArray()) {
			result.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' ? c : '_');
		}
		if (result.isEmpty() || !Character.isLetter(result.charAt(0)) && result.charAt(0) != '_') {
			result.insert(0, '_');
		}
		return result.toString();
	}
}
