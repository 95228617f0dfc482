/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A strict, non-validating XML parser for configuration files that records the exact offset of every tag, attribute
 * and run of text, which the JDK's parsers do not report.
 * <p>
 * It is safe on hostile input by construction: a document type declaration is refused (so no entity is ever defined,
 * expanded or fetched), only the five predefined entities and character references are understood, nesting depth
 * and attribute count are bounded, and the parser is iterative, so no input can exhaust the stack. Each refusal and
 * each well-formedness error is a {@link ConfigSyntaxException} with line and column.
 */
public final class XmlParser {

	/** Deeper nesting is refused; real configuration files stay below 20 levels. */
	public static final int MAX_DEPTH = 1000;
	/** More attributes on one element are refused. */
	public static final int MAX_ATTRIBUTES = 10_000;

	private final SourceText source;
	private final String s;
	private final int length;
	private int pos;
	private XmlElement current;
	private XmlElement root;
	private int depth;

	private XmlParser(SourceText source) {
		this.source = source;
		this.s = source.text();
		this.length = s.length();
	}

	/** Parses a decoded file. */
	public static XmlDocument parse(SourceText source) throws ConfigSyntaxException {
		XmlParser parser = new XmlParser(source);
		parser.checkCharacters();
		parser.document();
		return new XmlDocument(source, parser.root);
	}

	/** Decodes and parses a file's bytes. */
	public static XmlDocument parse(String name, byte[] bytes) throws ConfigSyntaxException {
		return parse(SourceText.decode(name, bytes));
	}

	private void checkCharacters() throws ConfigSyntaxException {
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
				throw error(i, "the character U+" + String.format("%04X", (int) c) + " is not allowed in XML; "
						+ "the file is damaged or not a text file");
			}
		}
	}

	private void document() throws ConfigSyntaxException {
		if (s.startsWith("<?xml") && length > 5 && isWhitespace(s.charAt(5))) {
			xmlDeclaration();
		}
		while (pos < length) {
			if (s.charAt(pos) == '<') {
				markup();
			} else {
				text();
			}
		}
		if (current != null) {
			throw error(length, "the file ends before the element <" + current.qualifiedName() + "> (opened at line "
					+ source.line(current.start()) + ", column " + source.column(current.start())
					+ ") is closed; the file is truncated or a closing tag is missing");
		}
		if (root == null) {
			throw error(length, length == 0 ? "the file is empty" : "the file has no root element");
		}
	}

	/** {@code <?xml version="1.0" encoding="..." standalone="..."?>}, checked as strictly as .NET reads it. */
	private void xmlDeclaration() throws ConfigSyntaxException {
		pos = 5;
		String[] names = { "version", "encoding", "standalone" };
		int next = 0;
		while (true) {
			boolean space = skipWhitespace();
			if (s.startsWith("?>", pos)) {
				if (next == 0) {
					throw error(0, "the XML declaration has no version; write <?xml version=\"1.0\"?>");
				}
				pos += 2;
				return;
			}
			int nameStart = pos;
			if (!space || pos >= length || !isNameStart(s.charAt(pos))) {
				throw error(pos, "the XML declaration <?xml ...?> is malformed; write <?xml version=\"1.0\" "
						+ "encoding=\"utf-8\"?>");
			}
			String name = name();
			int index = next;
			while (index < names.length && !names[index].equals(name)) {
				index++;
			}
			if (index == names.length || (next == 0 && index != 0)) {
				throw error(nameStart, "'" + name + "' is not allowed here in the XML declaration, which has version, "
						+ "encoding and standalone, in that order");
			}
			next = index + 1;
			skipWhitespace();
			if (pos >= length || s.charAt(pos) != '=') {
				throw error(pos, "expected '=' after " + name + " in the XML declaration");
			}
			pos++;
			skipWhitespace();
			char quote = pos < length ? s.charAt(pos) : 0;
			int close = quote == '"' || quote == '\'' ? s.indexOf(quote, pos + 1) : -1;
			if (close < 0) {
				throw error(pos, "the value of " + name + " in the XML declaration must be in quotes");
			}
			String value = s.substring(pos + 1, close);
			boolean valid = switch (name) {
			case "version" -> value.equals("1.0");
			case "encoding" -> value.matches("[A-Za-z][A-Za-z0-9._-]*");
			default -> value.equals("yes") || value.equals("no");
			};
			if (!valid) {
				throw error(pos + 1, "'" + value + "' is not a valid " + name + " in the XML declaration"
						+ (name.equals("version") ? "; configuration files are XML 1.0" : ""));
			}
			pos = close + 1;
		}
	}

	private void markup() throws ConfigSyntaxException {
		if (s.startsWith("<!--", pos)) {
			comment();
		} else if (s.startsWith("<![CDATA[", pos)) {
			cdata();
		} else if (s.startsWith("<!DOCTYPE", pos)) {
			throw error(pos, "the file declares a document type (<!DOCTYPE ...>). Configuration files have none, and "
					+ "it is refused because entities it defines can expand without bound or read other files; "
					+ "remove the declaration");
		} else if (s.startsWith("<!", pos)) {
			throw error(pos, "unexpected markup '<!'; only comments <!-- --> and <![CDATA[ ]]> sections start that way");
		} else if (s.startsWith("<?", pos)) {
			processingInstruction();
		} else if (s.startsWith("</", pos)) {
			endTag();
		} else {
			startTag();
		}
	}

	private void comment() throws ConfigSyntaxException {
		int open = pos;
		int dashes = s.indexOf("--", pos + 4);
		if (dashes < 0) {
			throw error(open, "the comment is not closed with -->");
		}
		if (dashes + 2 >= length || s.charAt(dashes + 2) != '>') {
			throw error(dashes, "'--' inside a comment is not allowed in XML; the comment opened at line "
					+ source.line(open) + ", column " + source.column(open) + " must end with -->");
		}
		pos = dashes + 3;
	}

	private void cdata() throws ConfigSyntaxException {
		if (current == null) {
			throw error(pos, "a CDATA section outside the root element");
		}
		int close = s.indexOf("]]>", pos + 9);
		if (close < 0) {
			throw error(pos, "the CDATA section is not closed with ]]>");
		}
		current.addContent(new XmlContent(pos + 9, close, true));
		pos = close + 3;
	}

	private void processingInstruction() throws ConfigSyntaxException {
		int open = pos;
		pos += 2;
		String target = name();
		if (target.equalsIgnoreCase("xml")) {
			throw error(open, "an XML declaration <?xml ...?> is only allowed at the very start of the file");
		}
		if (!s.startsWith("?>", pos) && !skipWhitespace()) {
			throw error(pos, "the processing instruction <?" + target + " needs a space after its name");
		}
		int close = s.indexOf("?>", pos);
		if (close < 0) {
			throw error(open, "the processing instruction <?" + target + " is not closed with ?>");
		}
		pos = close + 2;
	}

	private void startTag() throws ConfigSyntaxException {
		int open = pos;
		pos++;
		String name = name();
		if (current == null && root != null) {
			throw error(open, "a second root element <" + name + ">; a file has exactly one root element, here <"
					+ root.qualifiedName() + ">");
		}
		if (++depth > MAX_DEPTH) {
			throw error(open, "the elements are nested more than " + MAX_DEPTH + " levels deep; this is not a "
					+ "configuration file");
		}
		List<XmlAttribute> attributes = new ArrayList<>(4);
		Set<String> names = null;
		while (true) {
			boolean space = skipWhitespace();
			if (pos >= length) {
				throw error(open, "the start tag <" + name + " is not closed with >");
			}
			char c = s.charAt(pos);
			if (c == '>' || (c == '/' && pos + 1 < length && s.charAt(pos + 1) == '>')) {
				break;
			}
			if (!space) {
				throw error(pos, "expected whitespace, '>' or '/>' in the start tag <" + name + ">");
			}
			XmlAttribute attribute = attribute(name);
			if (attributes.size() >= MAX_ATTRIBUTES) {
				throw error(open, "the element <" + name + "> has more than " + MAX_ATTRIBUTES + " attributes");
			}
			if (attributes.size() < 16) {
				for (XmlAttribute other : attributes) {
					if (other.qualifiedName().equals(attribute.qualifiedName())) {
						throw duplicate(attribute, name);
					}
				}
			} else {
				if (names == null) {
					names = new HashSet<>();
					for (XmlAttribute other : attributes) {
						names.add(other.qualifiedName());
					}
				}
				if (!names.add(attribute.qualifiedName())) {
					throw duplicate(attribute, name);
				}
			}
			attributes.add(attribute);
		}
		XmlElement element = new XmlElement(current, name, open, attributes);
		if (root == null) {
			root = element;
		}
		if (s.charAt(pos) == '/') {
			pos += 2;
			element.closeStartTag(pos);
			element.close(-1, pos);
			depth--;
		} else {
			pos++;
			element.closeStartTag(pos);
			current = element;
		}
	}

	private ConfigSyntaxException duplicate(XmlAttribute attribute, String element) {
		return error(attribute.nameStart(), "the attribute " + attribute.qualifiedName() + " appears twice on <"
				+ element + ">");
	}

	private XmlAttribute attribute(String element) throws ConfigSyntaxException {
		int nameStart = pos;
		String name = name();
		skipWhitespace();
		if (pos >= length || s.charAt(pos) != '=') {
			throw error(pos, "expected '=' after the attribute " + name + " of <" + element + ">");
		}
		pos++;
		skipWhitespace();
		char quote = pos < length ? s.charAt(pos) : 0;
		if (quote != '"' && quote != '\'') {
			throw error(pos, "the value of the attribute " + name + " of <" + element + "> must be in quotes");
		}
		int valueStart = ++pos;
		boolean plain = true;
		while (true) {
			if (pos >= length) {
				throw error(valueStart - 1, "the value of the attribute " + name + " is not closed with " + quote);
			}
			char c = s.charAt(pos);
			if (c == quote) {
				break;
			}
			if (c == '<') {
				throw error(pos, "'<' is not allowed in an attribute value; write &lt;");
			}
			if (c == '&') {
				pos = reference(pos)[1];
				plain = false;
				continue;
			}
			if (c == '\t' || c == '\n' || c == '\r') {
				plain = false;
			}
			pos++;
		}
		int valueEnd = pos++;
		MappedText mapped = plain ? new MappedText(s.substring(valueStart, valueEnd), valueStart)
				: attributeValue(valueStart, valueEnd);
		return new XmlAttribute(name, nameStart, valueStart, valueEnd, quote, mapped);
	}

	/** Resolves references and turns each line break or tab into a space, as XML attribute normalisation does. */
	private MappedText attributeValue(int from, int to) throws ConfigSyntaxException {
		StringBuilder value = new StringBuilder(to - from);
		int[] starts = new int[to - from];
		int[] ends = new int[to - from];
		int i = from;
		while (i < to) {
			char c = s.charAt(i);
			int next;
			if (c == '&') {
				int[] reference = reference(i);
				next = reference[1];
				appendCodePoint(value, starts, ends, reference[0], i, next);
				i = next;
				continue;
			}
			next = c == '\r' && i + 1 < to && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
			starts[value.length()] = i;
			ends[value.length()] = next;
			value.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
			i = next;
		}
		return new MappedText(value.toString(), trim(starts, value.length()), trim(ends, value.length()));
	}

	/** Resolves references and normalises line breaks of the text and CDATA runs directly inside an element. */
	static MappedText text(SourceText source, List<XmlContent> runs) throws ConfigSyntaxException {
		return new XmlParser(source).text(runs);
	}

	private MappedText text(List<XmlContent> runs) throws ConfigSyntaxException {
		int size = 0;
		for (XmlContent run : runs) {
			size += run.end() - run.start();
		}
		StringBuilder value = new StringBuilder(size);
		int[] starts = new int[size];
		int[] ends = new int[size];
		for (XmlContent run : runs) {
			int i = run.start();
			while (i < run.end()) {
				char c = s.charAt(i);
				if (c == '&' && !run.cdata()) {
					int[] reference = reference(i);
					appendCodePoint(value, starts, ends, reference[0], i, reference[1]);
					i = reference[1];
					continue;
				}
				int next = c == '\r' && i + 1 < run.end() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
				starts[value.length()] = i;
				ends[value.length()] = next;
				value.append(c == '\r' ? '\n' : c);
				i = next;
			}
		}
		return new MappedText(value.toString(), trim(starts, value.length()), trim(ends, value.length()));
	}

	private static int[] trim(int[] offsets, int size) {
		return offsets.length == size ? offsets : java.util.Arrays.copyOf(offsets, size);
	}

	private static void appendCodePoint(StringBuilder value, int[] starts, int[] ends, int codePoint, int from,
			int to) {
		for (char c : Character.toChars(codePoint)) {
			starts[value.length()] = from;
			ends[value.length()] = to;
			value.append(c);
		}
	}

	/**
	 * Checks the reference that starts with {@code &} at {@code at}.
	 *
	 * @return the code point it stands for, and the offset after its {@code ;}
	 */
	private int[] reference(int at) throws ConfigSyntaxException {
		int semicolon = -1;
		for (int i = at + 1; i < length && i < at + 40; i++) {
			char c = s.charAt(i);
			if (c == ';') {
				semicolon = i;
				break;
			}
			if (isWhitespace(c) || c == '&' || c == '<' || c == '"' || c == '\'') {
				break;
			}
		}
		if (semicolon < 0) {
			throw error(at, "a bare '&'; in XML it starts a reference, so write &amp; for the character itself");
		}
		String name = s.substring(at + 1, semicolon);
		int codePoint = switch (name) {
		case "lt" -> '<';
		case "gt" -> '>';
		case "amp" -> '&';
		case "quot" -> '"';
		case "apos" -> '\'';
		default -> characterReference(at, name);
		};
		return new int[] { codePoint, semicolon + 1 };
	}

	private int characterReference(int at, String name) throws ConfigSyntaxException {
		if (!name.startsWith("#")) {
			throw error(at, "the entity &" + name + "; is not defined: without a DTD only &lt; &gt; &amp; &quot; "
					+ "&apos; and character references such as &#160; exist. Write the character itself or its "
					+ "character reference");
		}
		boolean hex = name.startsWith("#x");
		String digits = name.substring(hex ? 2 : 1);
		int codePoint;
		try {
			codePoint = digits.isEmpty() || digits.length() > 8 || digits.charAt(0) == '-' || digits.charAt(0) == '+'
					? -1
					: Integer.parseInt(digits, hex ? 16 : 10);
		} catch (NumberFormatException e) {
			codePoint = -1;
		}
		if (!isXmlChar(codePoint)) {
			throw error(at, "&" + name + "; is not a valid character reference");
		}
		return codePoint;
	}

	private static boolean isXmlChar(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private void endTag() throws ConfigSyntaxException {
		int open = pos;
		pos += 2;
		String name = name();
		skipWhitespace();
		if (pos >= length || s.charAt(pos) != '>') {
			throw error(pos, "the end tag </" + name + " is not closed with >");
		}
		pos++;
		if (current == null) {
			throw error(open, "the end tag </" + name + "> closes no open element");
		}
		if (!name.equals(current.qualifiedName())) {
			throw error(open, "the end tag </" + name + "> does not match the start tag <" + current.qualifiedName()
					+ "> at line " + source.line(current.start()) + ", column " + source.column(current.start()));
		}
		current.close(open, pos);
		current = current.parent();
		depth--;
	}

	private void text() throws ConfigSyntaxException {
		int start = pos;
		while (pos < length) {
			char c = s.charAt(pos);
			if (c == '<') {
				break;
			}
			if (c > '>') {
				if (current == null) {
					throw error(pos, root == null ? "text before the root element; an XML file starts with '<'"
							: "text after the end of the root element </" + root.qualifiedName() + ">");
				}
				pos++;
				continue;
			}
			if (current == null && !isWhitespace(c)) {
				throw error(pos, root == null ? "text before the root element; an XML file starts with '<'"
						: "text after the end of the root element </" + root.qualifiedName() + ">");
			}
			if (c == '&') {
				pos = reference(pos)[1];
				continue;
			}
			if (c == '>' && pos >= 2 && s.charAt(pos - 1) == ']' && s.charAt(pos - 2) == ']' && pos - 2 >= start) {
				throw error(pos - 2, "']]>' is not allowed in text; write ]]&gt;");
			}
			pos++;
		}
		if (current != null) {
			current.addContent(new XmlContent(start, pos, false));
		}
	}

	private String name() throws ConfigSyntaxException {
		int start = pos;
		if (pos >= length || !isNameStart(s.charAt(pos))) {
			throw error(pos, pos >= length ? "the file ends where a name was expected"
					: "'" + printable(s.charAt(pos)) + "' cannot start a name here");
		}
		pos++;
		while (pos < length && isNameChar(s.charAt(pos))) {
			pos++;
		}
		return s.substring(start, pos);
	}

	private static String printable(char c) {
		return c < 0x20 || Character.isWhitespace(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
	}

	private boolean skipWhitespace() {
		int start = pos;
		while (pos < length && isWhitespace(s.charAt(pos))) {
			pos++;
		}
		return pos > start;
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

	private static final boolean[] ASCII_NAME_START = new boolean[128];
	private static final boolean[] ASCII_NAME_CHAR = new boolean[128];
	static {
		for (char c = 0; c < 128; c++) {
			ASCII_NAME_START[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
			ASCII_NAME_CHAR[c] = ASCII_NAME_START[c] || (c >= '0' && c <= '9') || c == '-' || c == '.';
		}
	}

	private static boolean isNameStart(char c) {
		if (c < 128) {
			return ASCII_NAME_START[c];
		}
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
				|| (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
				|| (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
				|| (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
				|| (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || Character.isHighSurrogate(c)
				|| Character.isLowSurrogate(c);
	}

	private static boolean isNameChar(char c) {
		if (c < 128) {
			return ASCII_NAME_CHAR[c];
		}
		return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == 0xB7
				|| (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
	}

	private ConfigSyntaxException error(int offset, String problem) {
		int at = Math.min(offset, length);
		return new ConfigSyntaxException(source.name(), source.line(at), source.column(at), problem);
	}
}
