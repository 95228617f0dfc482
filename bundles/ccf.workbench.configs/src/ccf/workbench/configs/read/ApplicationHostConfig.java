/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ccf.workbench.configs.xml.XmlDocument;
import ccf.workbench.configs.xml.XmlElement;

/**
 * What IIS 7+'s {@code applicationHost.config} says about sites, applications, application pools and the Windows
 * authentication of each {@code <location>}.
 */
public final class ApplicationHostConfig {

	/** An application of a site; {@code path} is its virtual path, e.g. {@code /Microsoft.Ccf.Csr.WebServices.Customer}. */
	public record Application(String site, String path, String pool, String physicalPath, int line) {

		/** @return the {@code <location path>} that addresses this application, e.g. {@code Default Web Site/App} */
		public String locationPath() {
			return locationPathOf(site, path);
		}
	}

	/** An application pool; {@code userName} is set for {@code SpecificUser}. */
	public record Pool(String name, String identityType, String userName) {
	}

	/**
	 * The attributes of a {@code <windowsAuthentication>} element; {@code null} where the element leaves a value to
	 * the level above.
	 */
	public record WindowsAuthentication(Boolean enabled, Boolean useKernelMode, Boolean useAppPoolCredentials) {

		static final WindowsAuthentication NONE = new WindowsAuthentication(null, null, null);
		/** IIS's schema defaults. */
		static final WindowsAuthentication DEFAULTS = new WindowsAuthentication(false, true, false);

		WindowsAuthentication over(WindowsAuthentication parent) {
			return new WindowsAuthentication(enabled != null ? enabled : parent.enabled,
					useKernelMode != null ? useKernelMode : parent.useKernelMode,
					useAppPoolCredentials != null ? useAppPoolCredentials : parent.useAppPoolCredentials);
		}
	}

	private final List<Application> applications = new ArrayList<>();
	private final Map<String, Pool> pools = new LinkedHashMap<>();
	private final Map<String, WindowsAuthentication> locations = new LinkedHashMap<>();
	private WindowsAuthentication server = WindowsAuthentication.NONE;

	private ApplicationHostConfig() {
	}

	/** @return whether the document is an applicationHost.config (it has {@code <system.applicationHost>}) */
	public static boolean isApplicationHost(XmlDocument document) {
		return document.root().is("configuration") && document.root().child("system.applicationHost").isPresent();
	}

	public static ApplicationHostConfig read(XmlDocument document) {
		ApplicationHostConfig config = new ApplicationHostConfig();
		XmlElement root = document.root();
		root.child("system.applicationHost").ifPresent(host -> {
			config.readPools(host);
			config.readSites(document, host);
		});
		root.child("system.webServer").ifPresent(webServer -> config.server = windowsAuthentication(webServer));
		for (XmlElement location : root.children("location")) {
			String path = normalize(location.attributeValue("path"));
			WindowsAuthentication settings = location.child("system.webServer").map(ApplicationHostConfig::windowsAuthentication)
					.orElse(WindowsAuthentication.NONE);
			if (path.isEmpty()) {
				config.server = settings.over(config.server);
			} else {
				config.locations.merge(path.toLowerCase(Locale.ROOT), settings, WindowsAuthentication::over);
			}
		}
		return config;
	}

	private void readPools(XmlElement host) {
		String defaultIdentity = host.child("applicationPools").flatMap(p -> p.child("applicationPoolDefaults"))
				.flatMap(d -> d.child("processModel")).map(m -> m.attributeValue("identityType")).orElse(null);
		host.child("applicationPools").ifPresent(list -> {
			for (XmlElement add : list.children("add")) {
				String name = add.attributeValue("name");
				if (name == null) {
					continue;
				}
				Optional<XmlElement> model = add.child("processModel");
				String identityType = model.map(m -> m.attributeValue("identityType")).orElse(defaultIdentity);
				String userName = model.map(m -> m.attributeValue("userName")).orElse(null);
				pools.put(name.toLowerCase(Locale.ROOT), new Pool(name, identityType, userName));
			}
		});
	}

	private void readSites(XmlDocument document, XmlElement host) {
		host.child("sites").ifPresent(sites -> {
			String serverDefaultPool = sites.child("applicationDefaults").map(d -> d.attributeValue("applicationPool"))
					.orElse("DefaultAppPool");
			for (XmlElement site : sites.children("site")) {
				String name = site.attributeValue("name");
				if (name == null) {
					continue;
				}
				String sitePool = site.child("applicationDefaults").map(d -> d.attributeValue("applicationPool"))
						.orElse(serverDefaultPool);
				for (XmlElement application : site.children("application")) {
					String path = application.attributeValue("path");
					if (path == null) {
						continue;
					}
					String pool = application.attributeValue("applicationPool");
					String physicalPath = application.children("virtualDirectory").stream()
							.filter(v -> "/".equals(v.attributeValue("path"))).findFirst()
							.map(v -> v.attributeValue("physicalPath")).orElse(null);
					applications.add(new Application(name, path, pool == null ? sitePool : pool, physicalPath,
							document.source().line(application.start())));
				}
			}
		});
	}

	private static WindowsAuthentication windowsAuthentication(XmlElement webServer) {
		return webServer.child("security").flatMap(s -> s.child("authentication"))
				.flatMap(a -> a.child("windowsAuthentication"))
				.map(w -> new WindowsAuthentication(bool(w.attributeValue("enabled")),
						bool(w.attributeValue("useKernelMode")), bool(w.attributeValue("useAppPoolCredentials"))))
				.orElse(WindowsAuthentication.NONE);
	}

	private static Boolean bool(String value) {
		return value == null ? null : Boolean.valueOf(value.trim().equalsIgnoreCase("true"));
	}

	public List<Application> applications() {
		return List.copyOf(applications);
	}

	/** @return the application of {@code site} whose virtual path is {@code path} (any case, slashes trimmed) */
	public Optional<Application> application(String site, String path) {
		return applications.stream().filter(a -> a.site().equalsIgnoreCase(site))
				.filter(a -> normalize(a.path()).equalsIgnoreCase(normalize(path))).findFirst();
	}

	public Optional<Pool> pool(String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(pools.get(name.toLowerCase(Locale.ROOT)));
	}

	/**
	 * The Windows authentication that applies at a location path such as {@code Default Web Site/App}: its own
	 * {@code <location>}, then each parent path's, then the server level, then IIS's defaults.
	 */
	public WindowsAuthentication effectiveAuthentication(String locationPath) {
		WindowsAuthentication result = WindowsAuthentication.NONE;
		String path = normalize(locationPath).toLowerCase(Locale.ROOT);
		while (!path.isEmpty()) {
			result = result.over(locations.getOrDefault(path, WindowsAuthentication.NONE));
			int slash = path.lastIndexOf('/');
			path = slash < 0 ? "" : path.substring(0, slash);
		}
		return result.over(server).over(WindowsAuthentication.DEFAULTS);
	}

	/** @return the location path of an application: the site's name, then its virtual path */
	public static String locationPathOf(String site, String virtualPath) {
		String path = normalize(virtualPath);
		return path.isEmpty() ? site : site + "/" + path;
	}

	/** Trims spaces and slashes: {@code /App/} and {@code App} address the same location. */
	public static String normalize(String path) {
		if (path == null) {
			return "";
		}
		String result = path.trim().replace('\\', '/');
		int start = 0;
		int end = result.length();
		while (start < end && result.charAt(start) == '/') {
			start++;
		}
		while (end > start && result.charAt(end - 1) == '/') {
			end--;
		}
		String normalized = result.substring(start, end);
		return normalized.equals(".") ? "" : normalized;
	}
}
