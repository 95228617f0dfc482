/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.dsl.validation.DeploymentFindings;
import ccf.workbench.model.deployment.Deployment;

/**
 * The editor keeps one resource per document and applies each edit with Xtext's partial parsing; its diagnostics must
 * stay those of the same text parsed afresh ({@code ccfw validate}), whatever the edits did to names and references,
 * and the findings it shares with the views must follow each edit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class IncrementalValidationTest {

	@Inject
	private CcfFiles files;

	@Inject
	private IResourceValidator validator;

	private XtextResource edited;
	private String text;

	@Test
	void editsThatChangeNamesAndReferencesLeaveTheDiagnosticsOfAFreshParse() throws IOException {
		text = Files.readString(CcfFiles.examplesFolder().resolve("kb969803-fabrikam.ccf"));
		edited = (XtextResource) files.newResourceSet().createResource(URI.createURI("inmemory:/edited.ccf"));
		edited.reparse(text);
		assertSameAsFresh("the article's model");

		// An element replaced under the references that name it, its names unchanged.
		replace("iis 7.0 kernel-mode", "iis 7.5 kernel-mode");
		assertSameAsFresh("the server edited under the alias that names it");
		replace("account FABRIKAM\\ASPUSER upn \"ASPUSER@fabrikam.com\"", "account FABRIKAM\\ASPUSER");
		assertSameAsFresh("the pool's account edited");
		// A reference broken, then mended by renaming its target.
		replace("pool CcfPool identity ASPUSER", "pool CcfPool identity ASPUSERX");
		assertSameAsFresh("a pool's identity that names no account");
		replace("account FABRIKAM\\ASPUSER\n", "account FABRIKAM\\ASPUSERX\n");
		assertSameAsFresh("the account renamed to the identity's name");
		// A declaration renamed under the references that name it.
		replace("pool CcfPool identity", "pool OtherPool identity");
		assertSameAsFresh("the pool renamed away from its services");
		replace("service Gateway in CcfPool", "service Gateway in OtherPool");
		assertSameAsFresh("one service following the pool");
		replace("pool OtherPool identity", "pool CcfPool identity");
		assertSameAsFresh("the pool's old name back");
		// A pool before the services' pool, then renamed to its name: the first declaration of a name wins.
		replace("\tpool CcfPool identity", "\tpool Spare identity ASPUSERX\n\t\tpool CcfPool identity");
		assertSameAsFresh("a second pool");
		replace("pool Spare identity", "pool CcfPool identity");
		assertSameAsFresh("the first pool renamed to the name the services name");
		// A server before the alias's server, then renamed to its name: the alias now names the first.
		replace("\tserver CCFIIS in", "\tserver Standby in FABRIKAM {\n\t}\n\tserver CCFIIS in");
		assertSameAsFresh("a second server");
		replace("server Standby in", "server CCFIIS in");
		assertSameAsFresh("the first server renamed to the name the alias names");
		replace("\tserver CCFIIS in FABRIKAM {\n\t}\n", "");
		assertSameAsFresh("the second server removed");
		replace("alias CCFIISAlias for CCFIIS", "alias CCFIISAlias for CCFSQL");
		assertSameAsFresh("an alias pointing at another server");
		replace("alias CCFIISAlias for CCFSQL", "alias CCFIISAlias for CCFIIS\n\talias Second for CCFIIS");
		assertSameAsFresh("a second alias");
		replace("\t\tservice Customer in CcfPool\n", "");
		assertSameAsFresh("a service removed");
		replace("spn host/CCFIIS on CCFIIS", "spn host/CCFIISAlias on ASPUSERX");
		assertSameAsFresh("an SPN moved to the account");
		// An earlier declaration renamed to a name already taken: it becomes the one the references name.
		replace("\taccount FABRIKAM\\ASPUSERX\n", "\taccount FABRIKAM\\OTHER\n\taccount FABRIKAM\\ASPUSERX\n");
		assertSameAsFresh("a second account");
		replace("account FABRIKAM\\OTHER\n", "account FABRIKAM\\ASPUSERX\n");
		assertSameAsFresh("an earlier account renamed to the name the pool and the SPN name");
	}

	@Test
	void theViewsShareTheFindingsUntilTheTextChanges() throws IOException {
		text = Files.readString(CcfFiles.examplesFolder().resolve("kb969803-fabrikam.ccf"));
		edited = (XtextResource) files.newResourceSet().createResource(URI.createURI("inmemory:/edited.ccf"));
		edited.reparse(text);
		validator.validate(edited, CheckMode.ALL, CancelIndicator.NullImpl);
		Deployment deployment = (Deployment) edited.getContents().get(0);

		assertThat(DeploymentFindings.of(deployment)).isSameAs(DeploymentFindings.of(deployment));
		var before = DeploymentFindings.of(deployment);
		replace("alias CCFIISAlias for CCFIIS", "alias CCFIISAlias for CCFSQL");
		assertThat(DeploymentFindings.of((Deployment) edited.getContents().get(0))).isNotSameAs(before)
				.isNotEqualTo(before);
	}

	private void replace(String old, String replacement) {
		int offset = text.indexOf(old);
		assertThat(offset).as(old).isNotNegative();
		edited.update(offset, old.length(), replacement);
		text = text.substring(0, offset) + replacement + text.substring(offset + old.length());
		assertThat(edited.getParseResult().getRootNode().getText()).isEqualTo(text);
	}

	/** The diagnostics of the edited resource, checked twice (the second reuses the shared findings), and afresh. */
	private void assertSameAsFresh(String state) throws IOException {
		XtextResource fresh = (XtextResource) files.newResourceSet().createResource(URI.createURI("inmemory:/edited.ccf"));
		fresh.reparse(text);
		List<String> expected = diagnostics(fresh);
		assertThat(expected).as("a model that shows the rules at work").isNotEmpty();
		assertThat(diagnostics(edited)).as(state).isEqualTo(expected);
		assertThat(diagnostics(edited)).as(state + ", checked again").isEqualTo(expected);
		assertThat(links(edited)).as(state + ": the targets of the references").isEqualTo(links(fresh));
	}

	/** Each reference of the model with where its targets are (a fragment; a proxy's own when it does not resolve). */
	private static List<String> links(XtextResource resource) {
		List<String> links = new ArrayList<>();
		for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject owner = contents.next();
			for (EReference reference : owner.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !owner.eIsSet(reference)) {
					continue;
				}
				Object value = owner.eGet(reference, true);
				for (Object target : reference.isMany() ? (List<?>) value : List.of(value)) {
					links.add(resource.getURIFragment(owner) + " " + reference.getName() + " -> "
							+ (((EObject) target).eIsProxy() ? "unresolved" : EcoreUtil.getURI((EObject) target).fragment()));
				}
			}
		}
		return links;
	}

	private List<String> diagnostics(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + ":" + issue.getOffset() + "+"
						+ issue.getLength() + " " + issue.getSeverity() + " [" + issue.getCode() + "] " + issue.getMessage())
				.toList();
	}
}
