/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ccf.workbench.configs.read.ApplicationHostConfig;
import ccf.workbench.configs.xml.SourceText;
import ccf.workbench.configs.xml.XmlAttribute;
import ccf.workbench.configs.xml.XmlDocument;
import ccf.workbench.configs.xml.XmlElement;

/**
 * Sets {@code useKernelMode="true"} and {@code useAppPoolCredentials="true"} on the {@code <windowsAuthentication>} of
 * each CCF service's {@code <location>} in applicationHost.config, as KB 969803 shows. Missing elements, and a missing
 * location, are created in the file's own indentation and line breaks; everything else stays byte for byte, and a
 * file that already has the settings is not changed.
 */
public final class IisAuthenticationRewrite {

	private static final String[] CHAIN = { "system.webServer", "security", "authentication", "windowsAuthentication" };
	private static final String[] SETTINGS = { "useKernelMode", "useAppPoolCredentials" };

	private final XmlDocument document;
	private final SourceText source;
	private final String lineBreak;
	private final String unit;
	private final List<TextEdit> edits = new ArrayList<>();
	private final List<Change> changes = new ArrayList<>();

	private IisAuthenticationRewrite(XmlDocument document) {
		this.document = document;
		this.source = document.source();
		this.lineBreak = source.lineBreak();
		this.unit = indentationUnit(document.root());
	}

	/**
	 * @param locationPaths the locations of the CCF services, e.g. {@code Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer}
	 */
	public static FileRewrite rewrite(Path path, XmlDocument document, List<String> locationPaths) {
		IisAuthenticationRewrite rewrite = new IisAuthenticationRewrite(document);
		Map<String, String> unique = new LinkedHashMap<>();
		for (String locationPath : locationPaths) {
			String normalized = ApplicationHostConfig.normalize(locationPath);
			if (!normalized.isEmpty()) {
				unique.putIfAbsent(normalized.toLowerCase(Locale.ROOT), normalized);
			}
		}
		List<String> missing = new ArrayList<>();
		for (String locationPath : unique.values()) {
			Optional<XmlElement> location = rewrite.location(locationPath);
			if (location.isPresent()) {
				rewrite.complete(location.get(), locationPath);
			} else {
				missing.add(locationPath);
			}
		}
		rewrite.addLocations(missing);
		return new FileRewrite(path, document.source(), rewrite.edits, rewrite.changes, List.of());
	}

	/** The location for {@code path}: preferably one that already sets Windows authentication. */
	private Optional<XmlElement> location(String path) {
		XmlElement best = null;
		int bestDepth = -1;
		for (XmlElement location : document.root().children("location")) {
			if (!ApplicationHostConfig.normalize(location.attributeValue("path")).equalsIgnoreCase(path)) {
				continue;
			}
			int depth = existingDepth(location);
			if (depth > bestDepth) {
				best = location;
				bestDepth = depth;
			}
		}
		return Optional.ofNullable(best);
	}

	/** @return how many elements of {@link #CHAIN} exist below {@code location} */
	private static int existingDepth(XmlElement location) {
		XmlElement element = location;
		int depth = 0;
		for (String name : CHAIN) {
			Optional<XmlElement> child = element.child(name);
			if (child.isEmpty()) {
				break;
			}
			element = child.get();
			depth++;
		}
		return depth;
	}

	private void complete(XmlElement location, String path) {
		XmlElement element = location;
		for (int i = 0; i < CHAIN.length; i++) {
			Optional<XmlElement> child = element.child(CHAIN[i]);
			if (child.isEmpty()) {
				insertChild(element, chain(i));
				changes.add(new Change(Change.Kind.LOCATION, source.line(element.start()), source.column(element.start()),
						path + ": <windowsAuthentication> not set here",
						path + ": <windowsAuthentication enabled=\"true\" useKernelMode=\"true\" useAppPoolCredentials=\"true\">"));
				return;
			}
			element = child.get();
		}
		setAttributes(element, path);
	}

	private void setAttributes(XmlElement windowsAuthentication, String path) {
		StringBuilder inserted = new StringBuilder();
		StringBuilder before = new StringBuilder();
		char quote = windowsAuthentication.attributes().isEmpty() ? '"'
				: windowsAuthentication.attributes().get(windowsAuthentication.attributes().size() - 1).quote();
		for (String setting : SETTINGS) {
			Optional<XmlAttribute> attribute = windowsAuthentication.attribute(setting);
			if (attribute.isEmpty()) {
				inserted.append(' ').append(setting).append('=').append(quote).append("true").append(quote);
				before.append(before.isEmpty() ? "" : ", ").append(setting).append(" not set");
			} else if (!attribute.get().value().trim().equalsIgnoreCase("true")) {
				edits.add(new TextEdit(attribute.get().valueStart(), attribute.get().valueEnd(), "true"));
				before.append(before.isEmpty() ? "" : ", ").append(setting).append("=\"")
						.append(attribute.get().value()).append('"');
			}
		}
		if (!inserted.isEmpty()) {
			edits.add(new TextEdit(afterAttributes(windowsAuthentication), afterAttributes(windowsAuthentication),
					inserted.toString()));
		}
		if (!before.isEmpty()) {
			changes.add(new Change(Change.Kind.LOCATION, source.line(windowsAuthentication.start()),
					source.column(windowsAuthentication.start()), path + ": " + before,
					path + ": useKernelMode=\"true\", useAppPoolCredentials=\"true\""));
		}
	}

	private static int afterAttributes(XmlElement element) {
		List<XmlAttribute> attributes = element.attributes();
		return attributes.isEmpty() ? element.start() + 1 + element.qualifiedName().length()
				: attributes.get(attributes.size() - 1).valueEnd() + 1;
	}

	/** Adds new locations after the last {@code <location>}, or at the end of {@code <configuration>}. */
	private void addLocations(List<String> paths) {
		if (paths.isEmpty()) {
			return;
		}
		XmlElement root = document.root();
		List<XmlElement> existing = root.children("location");
		String indent = existing.isEmpty() ? childIndentation(root) : document.indentation(existing.get(existing.size() - 1));
		List<List<String>> blocks = new ArrayList<>();
		for (String path : paths) {
			List<String> block = new ArrayList<>();
			block.add("<location path=\"" + escape(path) + "\">");
			for (String line : chain(0)) {
				block.add(unit + line);
			}
			block.add("</location>");
			blocks.add(block);
			changes.add(new Change(Change.Kind.LOCATION, source.line(root.endTagStart() < 0 ? root.start()
					: root.endTagStart()), 1, path + ": no <location>", path
							+ ": new <location> with <windowsAuthentication enabled=\"true\" useKernelMode=\"true\" "
							+ "useAppPoolCredentials=\"true\">"));
		}
		if (!existing.isEmpty() && indent != null) {
			int end = existing.get(existing.size() - 1).end();
			int nextLine = nextLineStart(end);
			StringBuilder text = new StringBuilder();
			for (List<String> block : blocks) {
				if (nextLine < 0) {
					text.append(lineBreak).append(lines(block, indent));
				} else {
					text.append(lines(block, indent)).append(lineBreak);
				}
			}
			int at = nextLine < 0 ? end : nextLine;
			edits.add(new TextEdit(at, at, text.toString()));
		} else {
			List<String> all = new ArrayList<>();
			blocks.forEach(all::addAll);
			insertChild(root, all);
		}
	}

	/** Inserts lines as the last child of {@code parent}, indented one level deeper. */
	private void insertChild(XmlElement parent, List<String> block) {
		String parentIndent = document.indentation(parent);
		if (parent.isEmptyTag()) {
			int from = afterAttributes(parent);
			if (parentIndent == null) {
				edits.add(new TextEdit(from, parent.end(), ">" + String.join("", trimmed(block)) + "</"
						+ parent.qualifiedName() + ">"));
			} else {
				edits.add(new TextEdit(from, parent.end(), ">" + lineBreak + lines(block, parentIndent + unit) + lineBreak
						+ parentIndent + "</" + parent.qualifiedName() + ">"));
			}
			return;
		}
		int lineStart = lineStartIfIndented(parent.endTagStart());
		if (lineStart < 0 || parentIndent == null) {
			edits.add(new TextEdit(parent.endTagStart(), parent.endTagStart(), String.join("", trimmed(block))));
			return;
		}
		String indent = childIndentation(parent);
		edits.add(new TextEdit(lineStart, lineStart, lines(block, indent) + lineBreak));
	}

	/** The indentation of the last child of {@code parent} that starts a line, else the parent's plus one unit. */
	private String childIndentation(XmlElement parent) {
		List<XmlElement> children = parent.children();
		for (int i = children.size() - 1; i >= 0; i--) {
			String indent = document.indentation(children.get(i));
			if (indent != null) {
				return indent;
			}
		}
		String parentIndent = document.indentation(parent);
		return (parentIndent == null ? "" : parentIndent) + unit;
	}

	/** @return the offset where the line of {@code offset} starts, or -1 when text precedes {@code offset} on it */
	private int lineStartIfIndented(int offset) {
		String text = source.text();
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			start--;
			if (text.charAt(start) != ' ' && text.charAt(start) != '\t') {
				return -1;
			}
		}
		return start;
	}

	/** @return the start of the line after {@code offset} when only spaces follow it on its line, else -1 */
	private int nextLineStart(int offset) {
		String text = source.text();
		int i = offset;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '\r') {
			i++;
			if (i < text.length() && text.charAt(i) == '\n') {
				i++;
			}
			return i;
		}
		if (i < text.length() && text.charAt(i) == '\n') {
			return i + 1;
		}
		return -1;
	}

	/** The elements {@code CHAIN[from..]}, nested, one per line, indented by {@link #unit}. */
	private List<String> chain(int from) {
		List<String> open = new ArrayList<>();
		List<String> close = new ArrayList<>();
		for (int i = from; i < CHAIN.length; i++) {
			String indent = unit.repeat(i - from);
			if (i == CHAIN.length - 1) {
				open.add(indent + "<windowsAuthentication enabled=\"true\" useKernelMode=\"true\" useAppPoolCredentials=\"true\" />");
			} else {
				open.add(indent + "<" + CHAIN[i] + ">");
				close.add(0, indent + "</" + CHAIN[i] + ">");
			}
		}
		open.addAll(close);
		return open;
	}

	private String lines(List<String> block, String indent) {
		StringBuilder text = new StringBuilder();
		for (String line : block) {
			if (!text.isEmpty()) {
				text.append(lineBreak);
			}
			text.append(indent).append(line);
		}
		return text.toString();
	}

	private static List<String> trimmed(List<String> block) {
		return block.stream().map(String::strip).toList();
	}

	/** The file's indentation step: how much deeper the first indented child of the root is than the root. */
	private String indentationUnit(XmlElement root) {
		String rootIndent = document.indentation(root);
		for (XmlElement child : root.children()) {
			String indent = document.indentation(child);
			if (indent != null && rootIndent != null && indent.length() > rootIndent.length()
					&& indent.startsWith(rootIndent)) {
				return indent.substring(rootIndent.length());
			}
		}
		return "    ";
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
