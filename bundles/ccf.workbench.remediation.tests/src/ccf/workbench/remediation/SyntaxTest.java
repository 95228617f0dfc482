/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated languages parse where a checker exists: XML (XDT transforms, the applicationHost.config locations)
 * with the JDK's parser, bash with {@code bash -n}. No T-SQL parser is on Maven Central under a licence the target
 * platform takes (Microsoft's ScriptDom is .NET): the SQL files are reviewed as golden files, and checked here for
 * balanced quotes and brackets.
 */
class SyntaxTest {

	@TempDir
	Path dir;

	@Test
	void xmlFilesAreWellFormedAndHoldTheUrls() throws Exception {
		List<Artifact> artifacts = Deployments.generate(Deployments.sample());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		int checked = 0;
		for (Artifact artifact : artifacts) {
			if (!artifact.path().endsWith(".xml") && !artifact.path().endsWith(".xdt")) {
				continue;
			}
			Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(artifact.content())).getDocumentElement();
			assertThat(root.getLocalName()).isEqualTo("configuration");
			checked++;
		}
		assertThat(checked).isEqualTo(4);
		Element transform = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Deployments.artifact(artifacts,
				"05-clients-AgentDesktops/config-20-AgentDesktop.exe.config.xdt").content())).getDocumentElement();
		NodeList endpoints = transform.getElementsByTagName("endpoint");
		assertThat(endpoints.getLength()).isEqualTo(2);
		Element first = (Element) endpoints.item(0);
		String xdt = "http://schemas.microsoft.com/XML-Document-Transform";
		assertThat(first.getAttribute("address")).isEqualTo("http://CCFIISAlias/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc");
		assertThat(first.getAttributeNS(xdt, "Transform")).isEqualTo("SetAttributes(address)");
		assertThat(first.getAttributeNS(xdt, "Locator"))
				.isEqualTo("Condition(@address='http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc')");
	}

	@Test
	void bashScriptsParse() throws Exception {
		assumeTrue(Bash.available(), "assumption: /bin/bash exists (Debian); without it the bash syntax is not checked");
		for (Artifact artifact : Deployments.generate(Deployments.sample())) {
			if (artifact.path().endsWith(".sh")) {
				Path script = Files.write(dir.resolve(artifact.path().replace('/', '-')), artifact.content());
				Bash.Result result = Bash.syntax(script);
				assertThat(result.code()).as(artifact.path() + ": " + result.out()).isZero();
			}
		}
	}

	@Test
	void sqlQuotesAndBracketsAreBalanced() throws GenerationException {
		for (Artifact artifact : Deployments.generate(Deployments.sample())) {
			if (artifact.path().endsWith(".sql")) {
				assertBalanced(artifact.path(), artifact.text().substring(1));
			}
		}
	}

	/** Outside comments, string literals close and parentheses match (T-SQL: '' inside a literal is a quote). */
	static void assertBalanced(String path, String sql) {
		int depth = 0;
		boolean literal = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (literal) {
				if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
					i++;
				} else if (c == '\'') {
					literal = false;
				}
			} else if (c == '-' && sql.startsWith("--", i)) {
				i = sql.indexOf('\n', i);
			} else if (c == '\'') {
				literal = true;
			} else if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
				assertThat(depth).as(path + " at " + i).isNotNegative();
			}
		}
		assertThat(literal).as(path + ": an unclosed literal").isFalse();
		assertThat(depth).as(path + ": unbalanced parentheses").isZero();
	}

	@Test
	void theRunbookHasEveryGroupAndTheRollback() throws GenerationException {
		List<Artifact> artifacts = Deployments.generate(Deployments.sample());
		String markdown = Deployments.artifact(artifacts, "runbook.md").text();
		String html = Deployments.artifact(artifacts, "runbook.html").text();
		for (String heading : List.of("Before you start", "Order", "01-dns-FABRIKAM", "02-domain-FABRIKAM", "03-iis-CCFIIS", "04-sql-CCFSQL",
				"05-clients-AgentDesktops", "06-clients-AdminConsoles", "Verify (the article's step 6)", "Rollback")) {
			assertThat(markdown).contains("## " + heading);
			assertThat(html).contains("<h2>" + heading.replace("'", "&#39;"));
		}
		assertThat(markdown).contains("KB 962943").contains("setspn -S host/CCFIISAlias FABRIKAM\\ASPUSER");
	}
}
