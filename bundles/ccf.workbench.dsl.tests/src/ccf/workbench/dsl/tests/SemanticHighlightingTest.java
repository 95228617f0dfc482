/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import ccf.workbench.dsl.ide.CcfIdeSetup;
import ccf.workbench.dsl.ide.highlighting.CcfHighlightingStyles;

class SemanticHighlightingTest {

	private static final String TEXT = """
			deployment Contoso {
				domain CONTOSO dns "contoso.com" { controller DC01 }
				account CONTOSO\\WEBUSER
				server WEB01 in CONTOSO fqdn "web01.contoso.com" {
					pool Pool identity WEBUSER
					service AgentCredentials in Pool
					service ContactCenter in NoSuchPool
				}
				alias WEBALIAS for WEB01
				clients Agents kind agent-desktop {
					agentdesktop.exe.config "C:\\\\AgentDesktop.exe.config" {
						endpoint client "http://WEB01/ContactCenter.asmx" identity spn "host/WEBALIAS"
						endpoint client "http://webalias.contoso.com/ContactCenter.asmx"
					}
				}
				spn host/WEBALIAS on WEBUSER
			}
			""";

	private static Injector injector;

	/** One highlighted position. */
	private record Highlight(int offset, int length, String style) {
	}

	@BeforeAll
	static void setUp() {
		TerminalsStandaloneSetup.doSetup();
		injector = new CcfIdeSetup().createInjector();
	}

	private static List<Highlight> highlights(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(URI.createURI("inmemory:/highlighting.ccf"));
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		List<Highlight> found = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> found.add(new Highlight(offset, length, styles[0])), CancelIndicator.NullImpl);
		return found;
	}

	/** @return the styles of the positions that start at the {@code occurrence}-th (from 0) match of {@code word} */
	private static List<String> stylesAt(List<Highlight> highlights, String word, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = TEXT.indexOf(word, offset + 1);
		}
		int start = offset;
		return highlights.stream().filter(h -> h.offset() == start && h.length() == word.length()).map(Highlight::style)
				.toList();
	}

	@Test
	void declaredNamesAndReferencesHaveTheStyleOfTheirKind() throws IOException {
		List<Highlight> highlights = highlights(TEXT);

		assertThat(stylesAt(highlights, "WEB01", 0)).containsExactly(CcfHighlightingStyles.DECLARATION);
		assertThat(stylesAt(highlights, "WEBALIAS", 0)).containsExactly(CcfHighlightingStyles.DECLARATION);
		assertThat(stylesAt(highlights, "Pool", 1)).containsExactly(CcfHighlightingStyles.OTHER_REFERENCE);
		assertThat(stylesAt(highlights, "WEBUSER", 1)).containsExactly(CcfHighlightingStyles.ACCOUNT_REFERENCE);
		assertThat(stylesAt(highlights, "AgentCredentials", 0)).containsExactly(CcfHighlightingStyles.SERVICE_REFERENCE);
		assertThat(stylesAt(highlights, "WEB01", 1)).containsExactly(CcfHighlightingStyles.HOST_REFERENCE);
		assertThat(stylesAt(highlights, "NoSuchPool", 0)).containsExactly(CcfHighlightingStyles.UNRESOLVED_REFERENCE);
	}

	@Test
	void urlHostsAreMarkedByWhatTheyName() throws IOException {
		List<Highlight> highlights = highlights(TEXT);

		assertThat(stylesAt(highlights, "\"http://WEB01/ContactCenter.asmx\"", 0)).containsExactly(CcfHighlightingStyles.URL);
		assertThat(stylesAt(highlights, "WEB01", 2)).containsExactly(CcfHighlightingStyles.REAL_SERVER_HOST);
		assertThat(stylesAt(highlights, "webalias.contoso.com", 0)).containsExactly(CcfHighlightingStyles.ALIAS_REFERENCE);
	}

	@Test
	void spnsAreMarkedWithTheirHostByWhatItNames() throws IOException {
		List<Highlight> highlights = highlights(TEXT);

		assertThat(stylesAt(highlights, "\"host/WEBALIAS\"", 0)).containsExactly(CcfHighlightingStyles.SPN);
		assertThat(stylesAt(highlights, "host/WEBALIAS", 1)).containsExactly(CcfHighlightingStyles.SPN);
		assertThat(stylesAt(highlights, "WEBALIAS", 2)).containsExactly(CcfHighlightingStyles.ALIAS_REFERENCE);
		assertThat(stylesAt(highlights, "WEBUSER", 2)).containsExactly(CcfHighlightingStyles.ACCOUNT_REFERENCE);
	}
}
