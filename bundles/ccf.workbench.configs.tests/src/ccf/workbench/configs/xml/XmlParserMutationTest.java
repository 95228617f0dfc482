/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import ccf.workbench.configs.Fixtures;

/**
 * Broken copies of every fixture (bytes changed, markup inserted, runs cut out, files truncated; a fixed seed, so a
 * failure reproduces): the parser never fails with anything but a {@link ConfigSyntaxException}, and on ASCII input it
 * accepts exactly what the JDK's parser accepts. (Beyond ASCII they differ only on which rare letters may start a
 * name: XML 1.0 fifth edition here, fourth in the JDK.)
 */
class XmlParserMutationTest {

	private static final int INPUTS = 4000;
	private static final byte[][] TOKENS = Arrays.stream(new String[] { "<", ">", "&", ";", "\"", "'", "]]>", "<!--",
			"-->", "<![CDATA[", "&#x", "/>", "</", "=", " ", "é", "<?", "?>", ":", "<!DOCTYPE a>", "&amp;" })
			.map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

	@Test
	void brokenInputIsAlwaysAClearErrorAndJudgedAsTheJdkJudgesIt() throws IOException, Exception {
		List<byte[]> seeds = new ArrayList<>();
		for (Path file : Fixtures.allConfigFiles()) {
			seeds.add(Files.readAllBytes(file));
		}
		SAXParserFactory jdk = SAXParserFactory.newInstance();
		jdk.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Random random = new Random(969803);
		int compared = 0;
		for (int i = 0; i < INPUTS; i++) {
			byte[] input = seeds.get(random.nextInt(seeds.size()));
			for (int m = random.nextInt(3); m >= 0; m--) {
				input = mutate(input, random);
			}
			boolean accepted;
			try {
				XmlParser.parse("mutant", input);
				accepted = true;
			} catch (ConfigSyntaxException e) {
				accepted = false;
				assertThat(e.line()).isPositive();
				assertThat(e.column()).isPositive();
			}
			if (isAscii(input)) {
				compared++;
				assertThat(accepted).as("input %d: %s", i, new String(input, StandardCharsets.ISO_8859_1))
						.isEqualTo(accepts(jdk, input));
			}
		}
		assertThat(compared).isGreaterThan(INPUTS / 4);
	}

	private static byte[] mutate(byte[] bytes, Random random) {
		int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
		switch (random.nextInt(4)) {
		case 0:
			byte[] changed = bytes.clone();
			if (changed.length > 0) {
				changed[at] = (byte) random.nextInt(128);
			}
			return changed;
		case 1:
			byte[] token = TOKENS[random.nextInt(TOKENS.length)];
			byte[] inserted = new byte[bytes.length + token.length];
			System.arraycopy(bytes, 0, inserted, 0, at);
			System.arraycopy(token, 0, inserted, at, token.length);
			System.arraycopy(bytes, at, inserted, at + token.length, bytes.length - at);
			return inserted;
		case 2:
			int length = Math.min(bytes.length - at, 1 + random.nextInt(20));
			byte[] cut = new byte[bytes.length - length];
			System.arraycopy(bytes, 0, cut, 0, at);
			System.arraycopy(bytes, at + length, cut, at, bytes.length - at - length);
			return cut;
		default:
			return Arrays.copyOf(bytes, at);
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean accepts(SAXParserFactory factory, byte[] bytes) throws ParserConfigurationException {
		try {
			factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
			return true;
		} catch (SAXException | IOException e) {
			return false;
		}
	}
}
