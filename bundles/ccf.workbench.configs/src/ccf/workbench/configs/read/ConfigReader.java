/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.MappedText;
import ccf.workbench.configs.xml.SourceText;
import ccf.workbench.configs.xml.XmlAttribute;
import ccf.workbench.configs.xml.XmlContent;
import ccf.workbench.configs.xml.XmlDocument;
import ccf.workbench.configs.xml.XmlElement;
import ccf.workbench.configs.xml.XmlParser;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.validation.Severity;

/**
 * Reads a .NET configuration file ({@code *.exe.config}, {@code Web.config}) and finds every endpoint URL: the
 * addresses of {@code <client>} and {@code <services>} endpoints with their {@code <identity>}, and URLs in
 * {@code <appSettings>} and {@code <applicationSettings>}/{@code <userSettings>} values. It follows sections moved
 * out with {@code configSource=} and {@code <appSettings file=>}. Comments, and CDATA outside setting values, are
 * never read.
 */
public final class ConfigReader {

	private static final int MAX_INCLUDES = 64;
	/** Schemes whose authority is a network host; outside endpoints and settings only these count as URLs. */
	private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "net.tcp", "net.pipe", "net.msmq", "ws",
			"wss", "ftp");

	private final List<ConfigPart> parts = new ArrayList<>();
	private final List<UrlSite> sites = new ArrayList<>();
	private final List<ConfigProblem> problems = new ArrayList<>();
	private final Set<Path> visited = new HashSet<>();
	private Path folder;
	private boolean tooDeep;

	private ConfigReader() {
	}

	/**
	 * Reads a file and the files it includes.
	 *
	 * @param file the configuration file
	 * @param name the file as named in messages
	 * @throws ConfigSyntaxException when the file itself cannot be read or is not well-formed; problems of included
	 *                               files are reported in {@link ConfigFileContent#problems()} instead
	 */
	public static ConfigFileContent read(Path file, String name) throws ConfigSyntaxException {
		ConfigReader reader = new ConfigReader();
		reader.folder = file.toAbsolutePath().normalize().getParent();
		XmlDocument document = XmlParser.parse(load(file, name));
		ConfigPart main = new ConfigPart(file, name, "", document);
		reader.visited.add(file.toAbsolutePath().normalize());
		reader.parts.add(main);
		reader.walk(main, document.root(), new ArrayList<>());
		return new ConfigFileContent(file, reader.parts, reader.sites, reader.problems);
	}

	/** Reads a file's bytes and decodes them, with a clear message when the file cannot be read. */
	public static SourceText load(Path file, String name) throws ConfigSyntaxException {
		try {
			long size = Files.size(file);
			if (size > SourceText.MAX_BYTES) {
				throw new ConfigSyntaxException(name, 1, 1, "the file has " + size + " bytes, more than the "
						+ SourceText.MAX_BYTES / (1024 * 1024) + " MB a configuration file can have");
			}
			return SourceText.decode(name, Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			throw new ConfigSyntaxException(name, 1, 1, "the file does not exist");
		} catch (IOException e) {
			throw new ConfigSyntaxException(name, 1, 1, "the file cannot be read: " + e.getMessage());
		}
	}

	/** Visits {@code element}, whose ancestors' local names are {@code path} (outermost first). */
	private void walk(ConfigPart part, XmlElement element, List<String> path) {
		if (path.size() >= XmlParser.MAX_DEPTH) {
			// Each file is bounded by the parser; a chain of included files is bounded here, as .NET's stack would be.
			if (!tooDeep) {
				SourceText source = part.document().source();
				problems.add(new ConfigProblem(part.name(), source.line(element.start()), source.column(element.start()),
						Severity.ERROR, "the elements are nested more than " + XmlParser.MAX_DEPTH + " levels deep across "
								+ "the files included with configSource=; this is not a configuration file. The rest was not read"));
				tooDeep = true;
			}
			return;
		}
		String name = element.localName();
		String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
		String handled = null;
		boolean settingValue = false;
		if (name.equals("endpoint") && parent.equals("client")) {
			handled = address(part, element, path, UrlKind.CLIENT_ENDPOINT, "address");
		} else if (name.equals("endpoint") && parent.equals("service")) {
			handled = address(part, element, path, UrlKind.SERVICE_ENDPOINT, "address");
		} else if (name.equals("add") && parent.equals("baseAddresses")) {
			handled = address(part, element, path, UrlKind.SERVICE_ENDPOINT, "baseAddress");
		} else if (name.equals("add") && parent.equals("appSettings")) {
			handled = appSetting(part, element, path);
		} else if (name.equals("value") && parent.equals("setting") && path.size() >= 3
				&& (path.get(path.size() - 3).equals("applicationSettings")
						|| path.get(path.size() - 3).equals("userSettings"))) {
			applicationSetting(part, element, path);
			settingValue = true;
		}
		otherUrls(part, element, path, handled, settingValue);
		if (element.parent() != null || !part.isMain()) {
			include(part, element, path, "configSource", true);
		}
		if (name.equals("appSettings")) {
			include(part, element, path, "file", false);
		}
		path.add(name);
		for (XmlElement child : element.children()) {
			walk(part, child, path);
		}
		path.remove(path.size() - 1);
	}

	private String address(ConfigPart part, XmlElement element, List<String> path, UrlKind kind, String attribute) {
		element.attribute(attribute).ifPresent(address -> {
			MappedText value = address.mapped();
			String text = value.value();
			int from = 0;
			int to = text.length();
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			EndpointUrl url = EndpointUrl.parse(text.substring(from, to)).orElse(null);
			String location = location(part, path, element.localName() + "[" + element.position() + "]/@" + attribute);
			add(part, kind, location, value, from, to, url, identity(part, element), address.valueStart());
		});
		return attribute;
	}

	private String appSetting(ConfigPart part, XmlElement element, List<String> path) {
		element.attribute("value").ifPresent(value -> {
			String key = element.attributeValue("key");
			String step = key == null ? "add[" + element.position() + "]" : "add[@key=" + literal(key) + "]";
			urls(part, UrlKind.APP_SETTING, location(part, path, step + "/@value"), value.mapped(), value.valueStart());
		});
		return "value";
	}

	/**
	 * URLs anywhere else: attribute values other than namespace and schema locations, and text outside CDATA. A URL
	 * that names the IIS server there is called by something too, so it moves to the alias with the rest.
	 */
	private void otherUrls(ConfigPart part, XmlElement element, List<String> path, String handled,
			boolean settingValue) {
		String step = element.localName() + "[" + element.position() + "]";
		for (XmlAttribute attribute : element.attributes()) {
			String name = attribute.localName();
			if (attribute.isNamespaceDeclaration() || name.equals(handled) || name.equals("schemaLocation")
					|| name.equals("noNamespaceSchemaLocation") || attribute.value().indexOf("://") < 0) {
				continue;
			}
			urls(part, UrlKind.OTHER, location(part, path, step + "/@" + attribute.qualifiedName()), attribute.mapped(),
					attribute.valueStart());
		}
		if (settingValue || element.content().isEmpty()) {
			return;
		}
		String source = part.document().source().text();
		for (XmlContent run : element.content()) {
			if (!run.cdata() && containsSeparator(source, run.start(), run.end())) {
				MappedText text = part.document().textOf(element, false);
				urls(part, UrlKind.OTHER, location(part, path, step + "/text()"), text, text.rawStart(0));
				return;
			}
		}
	}

	private void applicationSetting(ConfigPart part, XmlElement element, List<String> path) {
		MappedText text = part.document().textOf(element);
		String setting = element.parent().attributeValue("name");
		List<String> outer = path.subList(0, path.size() - 1);
		String step = setting == null ? "setting[" + element.parent().position() + "]"
				: "setting[@name=" + literal(setting) + "]";
		int offset = text.value().isEmpty() ? element.startTagEnd() : text.rawStart(0);
		urls(part, UrlKind.APPLICATION_SETTING, location(part, outer, step + "/value"), text, offset);
	}

	/** Records every absolute URL inside a setting's value (a value may hold a list of them). */
	private void urls(ConfigPart part, UrlKind kind, String location, MappedText value, int offset) {
		String text = value.value();
		int search = 0;
		while (true) {
			int separator = text.indexOf("://", search);
			if (separator < 0) {
				return;
			}
			int start = separator;
			while (start > 0 && isSchemeChar(text.charAt(start - 1))) {
				start--;
			}
			while (start < separator && !Character.isLetter(text.charAt(start))) {
				start++;
			}
			int end = separator + 3;
			while (end < text.length() && !endsUrl(text.charAt(end))) {
				end++;
			}
			if (start < separator) {
				EndpointUrl url = EndpointUrl.parse(text.substring(start, end)).orElse(null);
				if (url != null && (kind != UrlKind.OTHER || NETWORK_SCHEMES.contains(url.normalizedScheme()))) {
					add(part, kind, location, value, start, end, url, null, value.rawStart(start));
				}
			}
			search = end;
		}
	}

	/** @return whether {@code ://} occurs in {@code text[from, to)} */
	private static boolean containsSeparator(String text, int from, int to) {
		for (int i = from; i + 2 < to; i++) {
			if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
				return true;
			}
		}
		return false;
	}

	private static boolean isSchemeChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
				|| c == '.';
	}

	private static boolean endsUrl(char c) {
		return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == ';' || c == ','
				|| c == '|';
	}

	private void add(ConfigPart part, UrlKind kind, String location, MappedText value, int from, int to,
			EndpointUrl url, EndpointIdentityElement identity, int offset) {
		int at = from < value.value().length() ? value.rawStart(from) : offset;
		SourceText source = part.document().source();
		sites.add(new UrlSite(part, kind, location, value, from, to, url, identity, source.line(at), source.column(at)));
	}

	private static EndpointIdentityElement identity(ConfigPart part, XmlElement endpoint) {
		if (!endpoint.is("endpoint")) {
			return null;
		}
		for (XmlElement identity : endpoint.children("identity")) {
			for (XmlElement pin : identity.children()) {
				if (pin.is("servicePrincipalName") || pin.is("userPrincipalName") || pin.is("dns")) {
					SourceText source = part.document().source();
					return new EndpointIdentityElement(pin.localName(), pin.attributeValue("value"),
							source.line(pin.start()), source.column(pin.start()));
				}
			}
		}
		return null;
	}

	private static String location(ConfigPart part, List<String> path, String last) {
		StringBuilder location = new StringBuilder();
		if (!part.isMain()) {
			location.append(part.included()).append('!');
		}
		for (String step : path) {
			location.append('/').append(step);
		}
		return location.append('/').append(last).toString();
	}

	/** An XPath string literal. */
	private static String literal(String value) {
		return value.indexOf('\'') < 0 ? "'" + value + "'" : "\"" + value.replace("\"", "") + "\"";
	}

	/**
	 * Follows a section moved into another file. .NET requires {@code configSource} to be a relative path in the
	 * file's folder or below; a missing target makes the program fail to start, while a missing
	 * {@code <appSettings file>} is ignored.
	 */
	private void include(ConfigPart part, XmlElement element, List<String> path, String attributeName,
			boolean required) {
		XmlAttribute attribute = element.attribute(attributeName).orElse(null);
		if (attribute == null || attribute.value().isBlank()) {
			return;
		}
		SourceText source = part.document().source();
		int line = source.line(attribute.valueStart());
		int column = source.column(attribute.valueStart());
		String reference = attribute.value().trim().replace('\\', '/');
		if (reference.startsWith("/") || reference.matches("^[A-Za-z]:.*") || reference.startsWith("//")) {
			problems.add(new ConfigProblem(part.name(), line, column, Severity.ERROR, attributeName + "=\""
					+ attribute.value() + "\" is an absolute path; .NET accepts only a path relative to the file's "
					+ "folder. The section was not read"));
			return;
		}
		Path target = part.path().toAbsolutePath().normalize().resolveSibling(reference).normalize();
		if (!target.startsWith(folder)) {
			problems.add(new ConfigProblem(part.name(), line, column, Severity.ERROR, attributeName + "=\""
					+ attribute.value() + "\" leaves the folder of the configuration file; it was not followed"));
			return;
		}
		String included = folder.relativize(target).toString().replace('\\', '/');
		if (!Files.isRegularFile(target)) {
			problems.add(new ConfigProblem(part.name(), line, column, required ? Severity.ERROR : Severity.WARNING,
					attributeName + "=\"" + attribute.value() + "\": the file " + included + " is missing"
							+ (required ? "; .NET refuses to start without it. Copy it next to the configuration file"
									: "; .NET ignores that, but the settings it would hold are absent")));
			return;
		}
		if (!visited.add(target) || parts.size() > MAX_INCLUDES) {
			problems.add(new ConfigProblem(part.name(), line, column, Severity.ERROR, attributeName + "=\""
					+ attribute.value() + "\" includes a file that is already included (a cycle, or more than "
					+ MAX_INCLUDES + " includes); it was not read again"));
			return;
		}
		XmlDocument document;
		try {
			document = XmlParser.parse(load(target, siblingName(part, included)));
		} catch (ConfigSyntaxException e) {
			problems.add(ConfigProblem.of(e));
			return;
		}
		if (!document.root().localName().equals(element.localName())) {
			problems.add(new ConfigProblem(part.name(), line, column, Severity.ERROR, "the file " + included
					+ " that " + attributeName + "= names has the root element <" + document.root().qualifiedName()
					+ ">, but it must be <" + element.localName() + ">; it was not read"));
			return;
		}
		ConfigPart includedPart = new ConfigPart(target, siblingName(part, included), included, document);
		parts.add(includedPart);
		walk(includedPart, document.root(), path);
	}

	/** The name of an included file in messages: next to the main file's name. */
	private String siblingName(ConfigPart part, String included) {
		String main = parts.get(0).name().replace('\\', '/');
		int slash = main.lastIndexOf('/');
		return slash < 0 ? included : main.substring(0, slash + 1) + included;
	}
}
