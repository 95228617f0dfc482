/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.model.deployment.Deployment;

/** A deployment split over several files is checked as one, and each file reports the findings about its elements. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class SplitDeploymentValidationTest {

	@Inject
	private CcfFiles files;

	@Inject
	private IResourceValidator validator;

	private List<String> codes(Deployment part) {
		Resource resource = part.eResource();
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream().map(Issue::getCode).toList();
	}

	@Test
	void aNameTakenInTwoFilesIsReportedOnceOnTheLaterFile() throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment first = files.parse("deployment D { domain D dns \"d.example.com\" account D\\svc }", "first.ccf",
				resourceSet);
		Deployment second = files.parse("deployment D { account D\\svc }", "second.ccf", resourceSet);
		CcfFiles.assertNoErrors(resourceSet);

		assertThat(codes(first)).isEmpty();
		assertThat(codes(second)).containsExactly("duplicate-name");
		// The same, whichever file is checked first.
		assertThat(codes(second)).containsExactly("duplicate-name");
		assertThat(codes(first)).isEmpty();
	}

	@Test
	void aChangeToOneFileIsSeenByTheOthers() throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment first = files.parse("deployment D { domain D dns \"d.example.com\" account D\\svc }", "first.ccf",
				resourceSet);
		Deployment second = files.parse("deployment D { account D\\other }", "second.ccf", resourceSet);
		CcfFiles.assertNoErrors(resourceSet);
		assertThat(codes(first)).isEmpty();
		assertThat(codes(second)).isEmpty();

		second.getAccounts().get(0).setName("SVC");
		assertThat(codes(first)).isEmpty();
		assertThat(codes(second)).containsExactly("duplicate-name");

		first.getAccounts().get(0).setName("renamed");
		assertThat(codes(second)).isEmpty();
	}

	@Test
	void aFileAddedToTheResourceSetJoinsTheDeployment() throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment first = files.parse("deployment D { domain D dns \"d.example.com\" account D\\svc }", "first.ccf",
				resourceSet);
		Deployment second = files.parse("deployment D { account D\\other }", "second.ccf", resourceSet);
		CcfFiles.assertNoErrors(resourceSet);
		assertThat(codes(first)).isEmpty();
		assertThat(codes(second)).isEmpty();

		Deployment third = files.parse("deployment D { account D\\other }", "third.ccf", resourceSet);
		CcfFiles.assertNoErrors(resourceSet);
		assertThat(codes(third)).containsExactly("duplicate-name");
		assertThat(codes(second)).isEmpty();
	}
}
