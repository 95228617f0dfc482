/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

/**
 * A parsed configuration file: its source text and its root element.
 */
public final class XmlDocument {

	private final SourceText source;
	private final XmlElement root;

	XmlDocument(SourceText source, XmlElement root) {
		this.source = source;
		this.root = root;
	}

	public SourceText source() {
		return source;
	}

	public XmlElement root() {
		return root;
	}

	/** @return the text directly inside {@code element} (text and CDATA, references resolved), with its offsets */
	public MappedText textOf(XmlElement element) {
		return textOf(element, true);
	}

	/**
	 * @param withCdata whether CDATA sections count; without them, the text a reader of plain text sees
	 */
	public MappedText textOf(XmlElement element, boolean withCdata) {
		try {
			return XmlParser.text(source, withCdata ? element.content()
					: element.content().stream().filter(run -> !run.cdata()).toList());
		} catch (ConfigSyntaxException e) {
			throw new IllegalStateException("the parser accepted a reference it cannot resolve", e);
		}
	}

	/** @return the whitespace before {@code element} on its line, or {@code null} when other text precedes it */
	public String indentation(XmlElement element) {
		String text = source.text();
		int lineStart = element.start();
		while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
			lineStart--;
		}
		for (int i = lineStart; i < element.start(); i++) {
			if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
				return null;
			}
		}
		return text.substring(lineStart, element.start());
	}
}
