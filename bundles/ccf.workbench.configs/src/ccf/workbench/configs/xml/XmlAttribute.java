/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

/**
 * An attribute with the exact source offsets of its name and value.
 *
 * @param qualifiedName the name as written, e.g. {@code xdt:Transform}
 * @param nameStart     offset of the name's first character
 * @param valueStart    offset of the value's first character, after the opening quote
 * @param valueEnd      offset of the closing quote
 * @param quote         the quote character, {@code "} or {@code '}
 * @param mapped        the value as a reader sees it, with its source offsets
 */
public record XmlAttribute(String qualifiedName, int nameStart, int valueStart, int valueEnd, char quote,
		MappedText mapped) {

	/** @return the name without its prefix */
	public String localName() {
		int colon = qualifiedName.indexOf(':');
		return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
	}

	/** @return the value with references resolved */
	public String value() {
		return mapped.value();
	}

	/** @return whether this is a namespace declaration ({@code xmlns} or {@code xmlns:p}) */
	public boolean isNamespaceDeclaration() {
		return qualifiedName.equals("xmlns") || qualifiedName.startsWith("xmlns:");
	}
}
