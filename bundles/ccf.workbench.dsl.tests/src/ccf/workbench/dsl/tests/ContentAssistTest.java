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
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import ccf.workbench.dsl.ide.CcfIdeSetup;

/** Content assist offers the host names the model declares where a host name is written. */
class ContentAssistTest {

	private static final String MODEL = """
			deployment Contoso {
				domain CONTOSO dns "contoso.com" { controller DC01 }
				account CONTOSO\\WEBUSER
				server WEB01 in CONTOSO {
					pool Pool identity WEBUSER
					service AgentCredentials in Pool
				}
				alias WEBALIAS for WEB01 %s
				clients Agents kind agent-desktop {
					hosts AGENT01, AGENT02
					%s
				}
				%s
			}
			""";

	private static Injector injector;

	/** Exposes the proposal computation of Xtext's ide content assist, as the workbench's editor does. */
	static final class Proposals extends ContentAssistService {

		List<ContentAssistEntry> at(XtextResource resource, String text, int offset) {
			List<ContentAssistEntry> entries = new ArrayList<>();
			createProposals(text, new TextRegion(offset, 0), offset, resource, new IIdeContentProposalAcceptor() {
				@Override
				public void accept(ContentAssistEntry entry, int priority) {
					if (entry != null) {
						entries.add(entry);
					}
				}

				@Override
				public boolean canAcceptMoreProposals() {
					return true;
				}
			});
			return entries;
		}
	}

	@BeforeAll
	static void setUp() {
		TerminalsStandaloneSetup.doSetup();
		injector = new CcfIdeSetup().createInjector();
	}

	/** The proposals at the {@code |} of {@code text}, as "prefix -> proposal". */
	private static List<String> proposals(String text) throws IOException {
		int offset = text.indexOf('|');
		String source = text.substring(0, offset) + text.substring(offset + 1);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(URI.createURI("inmemory:/assist.ccf"));
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), null);
		return injector.getInstance(Proposals.class).at(resource, source, offset).stream()
				.map(entry -> entry.getPrefix() + " -> " + entry.getProposal()).toList();
	}

	private static String model(String alias, String clients, String tail) {
		return MODEL.formatted(alias, clients, tail);
	}

	@Test
	void anSpnHostOffersTheAliasFirstThenTheServersByNameAndFqdn() throws IOException {
		List<String> found = proposals(model("", "", "spn host/|"));

		assertThat(found).containsSubsequence(" -> WEBALIAS", " -> webalias.contoso.com", " -> WEB01",
				" -> web01.contoso.com");
		assertThat(found).contains(" -> DC01", " -> dc01.contoso.com");
	}

	@Test
	void aDottedHostNameIsReplacedWhole() throws IOException {
		List<String> found = proposals(model("", "", "spn host/webalias.con|"));

		assertThat(found).contains("webalias.con -> webalias.contoso.com").doesNotContain("webalias.con -> WEB01");
	}

	@Test
	void anEndpointUrlOffersTheAliasesOnly() throws IOException {
		List<String> found = proposals(model("", "agentdesktop.exe.config { endpoint client \"http://w| }", ""));

		assertThat(found).contains("\"http://w -> \"http://WEBALIAS/", "\"http://w -> \"http://webalias.contoso.com/")
				.noneMatch(proposal -> proposal.contains("WEB01") || proposal.contains("web01"));
	}

	@Test
	void anEmptyStringIsCompletedInsideItsQuotes() throws IOException {
		List<String> found = proposals(model("", "local-intranet |\"\"", ""));

		assertThat(found).contains(" -> \"webalias.contoso.com").doesNotContain(" -> \"webalias.contoso.com\"");
	}

	@Test
	void aSiteWithoutQuotesGetsBoth() throws IOException {
		List<String> found = proposals(model("", "local-intranet |", ""));

		assertThat(found).contains(" -> \"webalias.contoso.com\"", " -> \"WEBALIAS\"");
	}

	@Test
	void theCnameOfAnAliasOffersItsTargetsFqdn() throws IOException {
		List<String> found = proposals(model("cname |", "", ""));

		assertThat(found).contains(" -> \"web01.contoso.com\"");
	}

	@Test
	void aClientMachineOffersTheOtherClientMachinesOnly() throws IOException {
		List<String> found = proposals(model("", "", "clients Supervisors kind agent-desktop { hosts A| }"));

		assertThat(found).contains("A -> AGENT01", "A -> AGENT02").noneMatch(proposal -> proposal.contains("WEB"));
	}

	@Test
	void anIdentitySpnOffersTheAliasAsHostSpn() throws IOException {
		List<String> found = proposals(model("", "agentdesktop.exe.config { endpoint client \"http://WEBALIAS/a.asmx\" identity spn \"h| }", ""));

		assertThat(found).contains("\"h -> \"host/WEBALIAS\"");
	}
}
