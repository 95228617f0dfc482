/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.common.util.URI;
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

		// A reference broken, then mended by renaming its target.
		replace("pool CcfPool identity ASPUSER", "pool CcfPool identity ASPUSERX");
		assertSameAsFresh("a pool's identity that names no account");
		replace("account FABRIKAM\\ASPUSER ", "account FABRIKAM\\ASPUSERX ");
		assertSameAsFresh("the account renamed to the identity's name");
		// A declaration renamed under the references that name it.
		replace("pool CcfPool identity", "pool OtherPool identity");
		assertSameAsFresh("the pool renamed away from its services");
		replace("service Gateway in CcfPool", "service Gateway in OtherPool");
		assertSameAsFresh("one service following the pool");
		replace("pool OtherPool identity", "pool CcfPool identity");
		assertSameAsFresh("the pool's old name back");
		// A second declaration of a name, before the first: the first still wins.
		replace("\tpool CcfPool identity", "\tpool CcfPool identity ASPUSERX\n\t\tpool CcfPool identity");
		assertSameAsFresh("a pool declared twice");
		replace("alias CCFIISAlias for CCFIIS", "alias CCFIISAlias for CCFSQL");
		assertSameAsFresh("an alias pointing at another server");
		replace("alias CCFIISAlias for CCFSQL", "alias CCFIISAlias for CCFIIS\n\talias Second for CCFIIS");
		assertSameAsFresh("a second alias");
		replace("\t\tservice Customer in CcfPool\n", "");
		assertSameAsFresh("a service removed");
		replace("spn host/CCFIIS on CCFIIS", "spn host/CCFIISAlias on ASPUSERX");
		assertSameAsFresh("an SPN moved to the account");
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
	}

	private List<String> diagnostics(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + ":" + issue.getOffset() + "+"
						+ issue.getLength() + " " + issue.getSeverity() + " [" + issue.getCode() + "] " + issue.getMessage())
				.toList();
	}
}
