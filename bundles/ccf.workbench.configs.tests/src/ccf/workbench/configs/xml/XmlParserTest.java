/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import ccf.workbench.configs.Fixtures;

class XmlParserTest {

	private static XmlDocument parse(String text) throws ConfigSyntaxException {
		return XmlParser.parse("test.config", text.getBytes(StandardCharsets.UTF_8));
	}

	private static ConfigSyntaxException error(String text) {
		try {
			parse(text);
		} catch (ConfigSyntaxException e) {
			return e;
		}
		throw new AssertionError("accepted: " + text);
	}

	@Test
	void recordsExactOffsetsOfTagsAttributesAndText() throws ConfigSyntaxException {
		String text = "<?xml version=\"1.0\"?>\r\n<configuration xmlns=\"urn:x\">\r\n  <a key='k' value=\"v&amp;w\"/>\r\n"
				+ "  <b>text<![CDATA[<raw>]]></b>\r\n</configuration>";
		XmlDocument document = parse(text);

		XmlElement root = document.root();
		XmlElement a = root.children().get(0);
		XmlAttribute value = a.attribute("value").orElseThrow();
		assertThat(text.substring(a.start(), a.end())).isEqualTo("<a key='k' value=\"v&amp;w\"/>");
		assertThat(a.isEmptyTag()).isTrue();
		assertThat(a.attribute("key").orElseThrow().quote()).isEqualTo('\'');
		assertThat(text.substring(value.valueStart(), value.valueEnd())).isEqualTo("v&amp;w");
		assertThat(value.value()).isEqualTo("v&w");
		assertThat(value.mapped().rawRange(2, 3)).containsExactly(value.valueStart() + 6, value.valueStart() + 7);
		XmlElement b = root.children().get(1);
		assertThat(document.textOf(b).value()).isEqualTo("text<raw>");
		assertThat(text.substring(b.endTagStart(), b.end())).isEqualTo("</b>");
		assertThat(document.indentation(b)).isEqualTo("  ");
		assertThat(root.attribute("xmlns")).isEmpty();
		assertThat(document.source().line(b.start())).isEqualTo(4);
		assertThat(document.source().column(b.start())).isEqualTo(3);
	}

	@Test
	void attributeValuesAreNormalisedAsXmlReadersSeeThem() throws ConfigSyntaxException {
		XmlAttribute value = parse("<c v=\"a\r\nb&#x9;c\"/>").root().attribute("v").orElseThrow();

		assertThat(value.value()).isEqualTo("a b\tc");
		assertThat(value.mapped().rawRange(0, 3)).containsExactly(value.valueStart(), value.valueStart() + 4);
	}

	@Test
	void namesAreComparedWithoutPrefixes() throws ConfigSyntaxException {
		XmlElement root = parse("<x:configuration xmlns:x='urn:x'><x:appSettings/></x:configuration>").root();

		assertThat(root.is("configuration")).isTrue();
		assertThat(root.child("appSettings")).isPresent();
	}

	@Test
	void aDocumentTypeIsRefusedSoNoEntityIsEverExpandedOrFetched() {
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<c>&x;</c>";
		String laughs = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>";

		assertThat(error(xxe).line()).isEqualTo(2);
		assertThat(error(xxe).problem()).contains("document type", "remove the declaration");
		assertThat(error(laughs).problem()).contains("document type");
	}

	@Test
	void anUndeclaredEntityIsAnErrorAtItsPlace() throws IOException {
		Path bad = Fixtures.path("corpus/odd/34-Bad.config");

		assertThatThrownBy(() -> XmlParser.parse(bad.toString(), Files.readAllBytes(bad)))
				.isInstanceOfSatisfying(ConfigSyntaxException.class, e -> {
					assertThat(e.line()).isEqualTo(4);
					assertThat(e.column()).isEqualTo(98);
					assertThat(e.problem()).contains("&nbsp;", "not defined");
				});
	}

	@Test
	void aTruncatedFileSaysWhichElementIsOpen() throws IOException {
		Path truncated = Fixtures.path("corpus/odd/33-original2_missing_closing.config");

		assertThatThrownBy(() -> XmlParser.parse(truncated.toString(), Files.readAllBytes(truncated)))
				.isInstanceOfSatisfying(ConfigSyntaxException.class,
						e -> assertThat(e.getMessage()).matches(".*33-original2_missing_closing.config:\\d+:\\d+: .*")
								.contains("<configuration>"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<a><b></a></b>", "<a x='1' x='2'/>", "<a><!-- x -- y --></a>", "<a>&#0;</a>",
			"<a>\u0001</a>", "<a/><b/>", "text<a/>", "<a/>text", "<a b=c/>", "<a b='<'/>", "<a>]]></a>", "<a>&bad</a>",
			"", "<a", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<?xml version='1.0'?><a><?xml version='1.0'?></a>",
			"<a></a", "<1a/>", "<a b='1'c='2'/>" })
	void malformedInputIsRefusedWithAPosition(String text) {
		ConfigSyntaxException e = error(text);

		assertThat(e.line()).isPositive();
		assertThat(e.column()).isPositive();
		assertThat(e.problem()).isNotBlank();
	}

	@Test
	void nestingIsBounded() {
		String deep = "<a>".repeat(XmlParser.MAX_DEPTH + 1) + "</a>".repeat(XmlParser.MAX_DEPTH + 1);

		assertThat(error(deep).problem()).contains("nested more than");
	}

	@Test
	void nestingUpToTheLimitParses() throws ConfigSyntaxException {
		String deep = "<a>".repeat(XmlParser.MAX_DEPTH) + "</a>".repeat(XmlParser.MAX_DEPTH);

		assertThat(parse(deep).root().is("a")).isTrue();
	}

	@Test
	void encodingsAreReadAsDotNetReadsThem() throws ConfigSyntaxException {
		byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-16\"?><a v=\"é\"/>".getBytes(StandardCharsets.UTF_16LE);
		byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a v=\"é\"/>".getBytes(StandardCharsets.ISO_8859_1);
		byte[] utf8Bom = "\uFEFF<a v=\"é\"/>".getBytes(StandardCharsets.UTF_8);

		assertThat(XmlParser.parse("u16", utf16).root().attributeValue("v")).isEqualTo("é");
		assertThat(XmlParser.parse("l1", latin1).root().attributeValue("v")).isEqualTo("é");
		SourceText source = SourceText.decode("u8", utf8Bom);
		assertThat(source.bomLength()).isEqualTo(3);
		assertThat(source.byteOffset(source.text().indexOf('é') + 1)).isEqualTo(3 + 6 + 2);
	}

	@Test
	void brokenEncodingsAreClearErrors() {
		byte[] invalidUtf8 = { '<', 'a', ' ', 'v', '=', '"', (byte) 0xC3, '"', '/', '>' };
		byte[] utf16NoBom = "<a/>".getBytes(StandardCharsets.UTF_16LE);
		byte[] declaredUtf16 = "<?xml version=\"1.0\" encoding=\"utf-16\"?><a/>".getBytes(StandardCharsets.US_ASCII);
		byte[] unknown = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><a/>".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> XmlParser.parse("f", invalidUtf8)).hasMessageContaining("not valid UTF-8")
				.hasMessageStartingWith("f:1:7:");
		assertThatThrownBy(() -> XmlParser.parse("f", utf16NoBom)).hasMessageContaining("without a byte order mark");
		assertThatThrownBy(() -> XmlParser.parse("f", declaredUtf16)).hasMessageContaining("no byte order mark");
		assertThatThrownBy(() -> XmlParser.parse("f", unknown)).hasMessageContaining("x-klingon");
	}

	static Stream<Path> allFiles() {
		return Fixtures.allConfigFiles().stream();
	}

	/** The parser accepts exactly what the JDK's parser (with document types forbidden) accepts. */
	@ParameterizedTest
	@MethodSource("allFiles")
	void agreesWithTheJdkParserOnEveryFixture(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		assertThat(accepts(bytes)).as(file.toString()).isEqualTo(jdkAccepts(bytes));
	}

	@Test
	void agreesWithTheJdkParserOnCraftedInput() {
		List<String> inputs = List.of("<a/>", "<a><b/></a>", "<a>&lt;&#65;&#x42;</a>", "<a b='&quot;'/>",
				"<a><!-- ok --><?pi data?></a>", "<a><![CDATA[ ]] > ]]></a>", "<a>x]]>y</a>", "<a>&nbsp;</a>",
				"<a b='1' b='2'/>", "<a/><!-- after -->", "<a/>x", "<a>\u0000</a>", "<a></b>");
		for (String input : inputs) {
			byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
			assertThat(accepts(bytes)).as(input).isEqualTo(jdkAccepts(bytes));
		}
	}

	private static boolean accepts(byte[] bytes) {
		try {
			XmlParser.parse("f", bytes);
			return true;
		} catch (ConfigSyntaxException e) {
			return false;
		}
	}

	private static boolean jdkAccepts(byte[] bytes) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
			return true;
		} catch (SAXException e) {
			return false;
		} catch (ParserConfigurationException | IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
