/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentRules;

/**
 * Hostile values in every place of the model that reaches a script: each is refused with a clear message before
 * anything is generated, or it changes no code. "No code" is checked per language by comparing the script's skeleton
 * (literals and comments replaced by placeholders, {@link Skeletons}) with the one a harmless value gives; XML must
 * parse, .reg lines keep their form, the HTML runbook holds only its own tags. The checks run with the model's rules
 * off ({@code force}), so the quoting stands on its own; with the rules on, the names among these values are refused
 * as blocking findings already.
 */
class HostileNamesTest {

	private static final List<String> HOSTILE = List.of("it's", "a\"b", "%PATH%", "a&calc", "a^b&&b", "$(calc)", "`calc`",
			"a\nb", "a\r\nb", "\u00e9t\u00e9", "a\u2019b", "a\u2018;calc;\u201b", "a\u202eb", "a;b|c>d<e", "x]y[z", "a--b", "a\\b",
			"'; DROP TABLE x; --", "\uff21\uff22", "!a!", "${IFS}", "a\u0000b", "<script>x</script>");

	/** A place of the model, with a harmless value to compare with. */
	private record Place(String name, String harmless, BiConsumer<Deployment, String> set) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static final List<Place> PLACES = List.of(
			new Place("alias name", "ccfbenign", (d, v) -> d.getAliases().get(0).setName(v)),
			new Place("account name", "benign", (d, v) -> d.getAccounts().get(0).setAccountName(v)),
			new Place("domain NetBIOS name", "BENIGN", (d, v) -> d.getDomains().get(0).setName(v)),
			new Place("zone", "benign.example", (d, v) -> d.getDomains().get(0).setDnsName(v)),
			new Place("IIS site", "Benign Site", (d, v) -> d.getWebServers().get(0).setSite(v)),
			new Place("config path", "C:\\Benign\\AgentDesktop.exe.config",
					(d, v) -> d.getClientGroups().get(0).getConfigFile().setPath("C:\\" + v + "\\AgentDesktop.exe.config")),
			new Place("endpoint URL", "benign",
					(d, v) -> d.getClientGroups().get(0).getConfigFile().getEndpoints().get(0).setUrl("http://CCFIIS/" + v + "/Service.svc")),
			new Place("database", "Benign", (d, v) -> d.getSqlServers().get(0).getDatabases().get(0).setName(v)),
			new Place("client group", "Benign", (d, v) -> d.getClientGroups().get(0).setName(v)),
			new Place("deployment", "Benign", Deployment::setName));

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Place place : PLACES) {
			for (String value : HOSTILE) {
				cases.add(Arguments.of(place, value));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cases")
	void aHostileValueIsRefusedOrChangesNoCode(Place place, String value) throws Exception {
		String used = place.name().equals("config path") ? "C:\\" + value + "\\AgentDesktop.exe.config" : value;
		List<Artifact> harmless = generate(place, place.name().equals("config path") ? "Benign" : place.harmless());
		Deployment deployment = Deployments.sample();
		place.set().accept(deployment, value);

		Throwable refused = catchThrowable(() -> new RemediationGenerator().force(true).generate(deployment));

		if (refused != null) {
			assertThat(refused).isInstanceOf(GenerationException.class).hasMessageContaining("Cannot write").hasMessageEndingWith("nothing was generated.");
			return;
		}
		assertThat(value).as("control and format characters are always refused").doesNotContain("\n", "\r", "\u202e", "\u0000");
		List<Artifact> artifacts = new RemediationGenerator().force(true).generate(deployment);
		boolean cmdSafe = value.matches("[A-Za-z0-9._\\-/\\\\:@$ ()#~]*");
		assertThat(artifacts).hasSameSizeAs(harmless);
		for (int i = 0; i < artifacts.size(); i++) {
			Artifact artifact = artifacts.get(i);
			String skeleton = skeleton(artifact, value);
			boolean cmd = artifact.path().endsWith(".cmd");
			if (skeleton != null && !artifact.path().endsWith(".reg") && !(cmd && cmdSafe)) {
				assertThat(skeleton).as(artifact.path()).isEqualTo(skeleton(harmless.get(i), place.harmless()));
			}
			if (cmd && !cmdSafe) {
				assertThat(skeleton).as(artifact.path() + ": cmd never sees the value").doesNotContain(used);
			}
			check(artifact);
		}
		List<String> unchecked = List.of("deployment", "client group", "database", "endpoint URL", "config path", "IIS site");
		if (!unchecked.contains(place.name()) && !value.equals("a--b")) {
			assertThat(DeploymentRules.check(deployment).stream().anyMatch(f -> f.blocksGeneration()))
					.as("a hostile name is a blocking finding of the rules").isTrue();
		}
	}

	/** The skeleton with the group's folder (from a client group's name, made safe) as a placeholder. */
	private static String skeleton(Artifact artifact, String value) {
		String skeleton = Skeletons.of(artifact);
		int slash = artifact.path().indexOf('/');
		if (skeleton != null && slash >= 0) {
			skeleton = skeleton.replace(artifact.path().substring(0, slash), "GROUP");
		}
		// A plain host name may stand outside quotes: the DNS server in the samba script's "${SAMBA_DNS_SERVER:-dc01.zone}".
		return skeleton != null && value.matches("[A-Za-z0-9.-]+") ? skeleton.replace(value, "HOST") : skeleton;
	}

	private static List<Artifact> generate(Place place, String value) throws GenerationException {
		Deployment deployment = Deployments.sample();
		place.set().accept(deployment, value);
		return new RemediationGenerator().force(true).generate(deployment);
	}

	private static final Pattern REG_LINE = Pattern.compile("\\[HKEY_CURRENT_USER\\\\[^\\]\\[\\r\\n]+\\]|\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"=(?:dword:[0-9a-f]{8}|-)|;[^\\r\\n]*|Windows Registry Editor Version 5\\.00|");
	private static final Pattern HTML_TAG = Pattern.compile("<(/?)([A-Za-z0-9!]+)");
	private static final List<String> OWN_TAGS = List.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3",
			"p", "ul", "ol", "li", "table", "tr", "th", "td", "code");

	private static void check(Artifact artifact) throws Exception {
		String path = artifact.path();
		if (path.endsWith(".xml") || path.endsWith(".xdt")) {
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(artifact.content()));
		} else if (path.endsWith(".reg")) {
			String text = new String(artifact.content(), StandardCharsets.UTF_16LE).substring(1);
			for (String line : text.split("\r\n", -1)) {
				assertThat(REG_LINE.matcher(line).matches()).as(path + ": " + line).isTrue();
			}
		} else if (path.endsWith(".html")) {
			Matcher tag = HTML_TAG.matcher(artifact.text());
			while (tag.find()) {
				assertThat(OWN_TAGS).as(path).contains(tag.group(2));
			}
		}
	}
}
