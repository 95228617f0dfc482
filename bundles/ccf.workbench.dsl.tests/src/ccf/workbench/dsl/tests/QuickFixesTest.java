/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.CcfQuickFixes;
import ccf.workbench.dsl.fixes.QuickFix;

@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class QuickFixesTest {

	@Inject
	private CcfFiles files;

	@Inject
	private CcfQuickFixes quickFixes;

	private XtextResource parse(String text) throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		files.parse(text, "fixed.ccf", resourceSet);
		return (XtextResource) resourceSet.getResources().stream().filter(XtextResource.class::isInstance).findFirst()
				.orElseThrow();
	}

	private static List<Issue> issues(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	@Test
	void applyingEveryFixOneAfterTheOtherLeavesNoFixableFinding() throws IOException {
		String text = Files.readString(CcfFiles.examplesFolder().resolve("kb969803-fabrikam.ccf"));
		int applied = 0;
		for (int round = 0; round < 100; round++) {
			XtextResource resource = parse(text);
			Issue fixable = issues(resource).stream().filter(i -> CcfQuickFixes.hasFix(i.getCode())).findFirst().orElse(null);
			if (fixable == null) {
				break;
			}
			List<QuickFix> fixes = quickFixes.fixes(resource, fixable);
			assertThat(fixes).as(fixable.getMessage()).isNotEmpty();
			text = fixes.get(0).applyTo(text);
			applied++;
		}

		XtextResource fixed = parse(text);
		assertThat(fixed.getErrors()).as(text).isEmpty();
		assertThat(issues(fixed)).extracting(Issue::getCode).noneMatch(CcfQuickFixes::hasFix)
				.containsOnly("iis70-hotfix-962943");
		assertThat(applied).isEqualTo(21);
		assertThat(text).contains("spn host/CCFIISAlias on ASPUSER\n", "spn host/ccfiisalias.fabrikam.com on ASPUSER\n",
				"\t\trecord \"ccfiisalias.fabrikam.com.\" cname \"ccfiis.fabrikam.com\"\n",
				"service AgentCredentials in CcfPool use-app-pool-credentials true\n",
				"endpoint client \"http://CCFIISAlias/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/",
				"\"http://ccfiisalias.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx\"",
				"hosts AGENT01, AGENT02\n\t\tlocal-intranet \"http://ccfiisalias.fabrikam.com\"\n");
		assertThat(text).contains("// Filled in at run time from the configuration service.");
	}

	@Test
	void aFixAddsTheBlockWhenTheElementHasNone() throws IOException {
		String text = "deployment D {\n\tdomain D dns \"d.com\"\n\tserver S in D fqdn \"s.d.com\"\n\talias A for S\n"
				+ "\tclients C kind mmc\n}\n";
		XtextResource resource = parse(text);
		Issue cname = issues(resource).stream().filter(i -> "alias-cname-missing".equals(i.getCode())).findFirst().orElseThrow();
		Issue zone = issues(resource).stream().filter(i -> "alias-not-in-intranet-zone".equals(i.getCode())).findFirst()
				.orElseThrow();

		String withRecord = quickFixes.fixes(resource, cname).get(0).applyTo(text);
		String withSite = quickFixes.fixes(resource, zone).get(0).applyTo(text);

		assertThat(withRecord).contains("\tdomain D dns \"d.com\" {\n\t\trecord \"a.d.com.\" cname \"s.d.com\"\n\t}\n");
		assertThat(withSite).contains("\tclients C kind mmc {\n\t\tlocal-intranet \"http://a.d.com\"\n\t}\n");
		assertThat(parse(withRecord).getErrors()).isEmpty();
		assertThat(parse(withSite).getErrors()).isEmpty();
	}
}
