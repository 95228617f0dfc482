/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed configuration file, with the source offsets of its tags so that an edit can insert or
 * replace text at an exact place. Names are compared without prefix and namespace: .NET configuration files put
 * everything in one (often default) namespace, which must not change how an element is found.
 */
public final class XmlElement {

	private final XmlElement parent;
	private final String qualifiedName;
	private final int start;
	private final List<XmlAttribute> attributes;
	private final List<XmlElement> children = new ArrayList<>(4);
	private List<XmlContent> content = List.of();
	private int startTagEnd;
	private int endTagStart = -1;
	private int end;
	private final int position;
	private final String localName;
	private Map<String, Integer> childNameCounts;

	XmlElement(XmlElement parent, String qualifiedName, int start, List<XmlAttribute> attributes) {
		this.parent = parent;
		this.qualifiedName = qualifiedName;
		int colon = qualifiedName.indexOf(':');
		this.localName = colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
		this.start = start;
		this.attributes = attributes;
		if (parent != null) {
			if (parent.childNameCounts == null) {
				parent.childNameCounts = new HashMap<>();
			}
			this.position = parent.childNameCounts.merge(localName, 1, Integer::sum);
			parent.children.add(this);
		} else {
			this.position = 1;
		}
	}

	void closeStartTag(int offset) {
		this.startTagEnd = offset;
	}

	void close(int endTagStart, int end) {
		this.endTagStart = endTagStart;
		this.end = end;
	}

	void addContent(XmlContent run) {
		if (content.isEmpty()) {
			content = new ArrayList<>(2);
		}
		content.add(run);
	}

	/** @return the parent element, or {@code null} for the root */
	public XmlElement parent() {
		return parent;
	}

	public String qualifiedName() {
		return qualifiedName;
	}

	/** @return the name without its prefix */
	public String localName() {
		return localName;
	}

	/** @return whether the element's local name is {@code name} */
	public boolean is(String name) {
		return localName.equals(name);
	}

	/** @return the 1-based position of this element among its parent's children of the same local name */
	public int position() {
		return position;
	}

	public List<XmlAttribute> attributes() {
		return Collections.unmodifiableList(attributes);
	}

	/** @return the attribute whose local name is {@code name} (namespace declarations excluded) */
	public Optional<XmlAttribute> attribute(String name) {
		for (XmlAttribute attribute : attributes) {
			if (!attribute.isNamespaceDeclaration() && attribute.localName().equals(name)) {
				return Optional.of(attribute);
			}
		}
		return Optional.empty();
	}

	/** @return the value of the attribute {@code name}, or {@code null} */
	public String attributeValue(String name) {
		return attribute(name).map(XmlAttribute::value).orElse(null);
	}

	public List<XmlElement> children() {
		return Collections.unmodifiableList(children);
	}

	/** @return the children whose local name is {@code name} */
	public List<XmlElement> children(String name) {
		List<XmlElement> named = new ArrayList<>();
		for (XmlElement child : children) {
			if (child.is(name)) {
				named.add(child);
			}
		}
		return named;
	}

	/** @return the first child whose local name is {@code name} */
	public Optional<XmlElement> child(String name) {
		for (XmlElement child : children) {
			if (child.is(name)) {
				return Optional.of(child);
			}
		}
		return Optional.empty();
	}

	/** @return the runs of text and CDATA directly inside this element, in order */
	public List<XmlContent> content() {
		return Collections.unmodifiableList(content);
	}

	/** @return offset of the {@code <} that opens the element */
	public int start() {
		return start;
	}

	/** @return offset after the {@code >} of the start tag (for an empty element, after {@code />}) */
	public int startTagEnd() {
		return startTagEnd;
	}

	/** @return whether the element is written as one empty-element tag, {@code <name/>} */
	public boolean isEmptyTag() {
		return endTagStart < 0;
	}

	/** @return offset of {@code </} of the end tag, -1 for an empty-element tag */
	public int endTagStart() {
		return endTagStart;
	}

	/** @return offset after the element's last character */
	public int end() {
		return end;
	}

	/** @return the element's path from the root by local names, e.g. {@code /configuration/appSettings/add} */
	public String path() {
		return parent == null ? "/" + localName() : parent.path() + "/" + localName();
	}

	@Override
	public String toString() {
		return "<" + qualifiedName + "> at " + start;
	}
}
