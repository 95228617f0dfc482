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

	private static final String DIRECTORY = """
			deployment Contoso {
				domain CONTOSO dns "contoso.com" {
					controller DC01
					record "webalias.contoso.com." cname "other.contoso.com"
				}
				account CONTOSO\\WEBUSER
				account CONTOSO\\OTHERUSER
				server WEB01 in CONTOSO fqdn "web01.contoso.com" iis 6.0 kernel-mode {
					pool Pool identity WEBUSER
					service AgentCredentials in Pool
				}
				server WEB02 in CONTOSO fqdn "web02.contoso.com" {
					pool Pool2 identity WEBUSER
					service ContactCenter in Pool2
					service Customer
				}
				alias WEBALIAS for WEB01 fqdn "webalias.contoso.com"
				// the SPNs as setspn -L lists them
				spn host/WEBALIAS on OTHERUSER
				spn HTTP/webalias.contoso.com on OTHERUSER
				spn host/web01.contoso.com on WEBUSER
				spn host/webalias.contoso.com
			}
			""";

	/** Applies the first fix of the first finding with {@code code} on the line containing {@code marker}. */
	private String fixFirst(String text, String code, String marker) throws IOException {
		XtextResource resource = parse(text);
		int line = (int) text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
		Issue issue = issues(resource).stream().filter(i -> code.equals(i.getCode()) && i.getLineNumber() == line)
				.findFirst().orElseThrow(() -> new AssertionError("no " + code + " on line " + line));
		assertThat(CcfQuickFixes.hasFix(code)).isTrue();
		List<QuickFix> fixes = quickFixes.fixes(resource, issue);
		assertThat(fixes).as(code).isNotEmpty();
		String fixed = fixes.get(0).applyTo(text);
		XtextResource after = parse(fixed);
		assertThat(after.getErrors()).as(fixed).isEmpty();
		assertThat(issues(after)).as(fixed).noneMatch(i -> code.equals(i.getCode()) && i.getLineNumber() == line
				&& i.getMessage().equals(issue.getMessage()));
		return fixes.get(0).label() + "\n" + fixed;
	}

	@Test
	void anSpnOnTheWrongAccountMovesToThePoolAccount() throws IOException {
		String fixed = fixFirst(DIRECTORY, "spn-on-other-principal", "spn host/WEBALIAS");

		assertThat(fixed).startsWith("Move host/WEBALIAS to WEBUSER\n").contains("\tspn host/WEBALIAS on WEBUSER\n");
	}

	@Test
	void aHijackingHttpSpnIsRemovedWithItsLineOnly() throws IOException {
		String fixed = fixFirst(DIRECTORY, "spn-http-hijack", "spn HTTP/");

		assertThat(fixed).startsWith("Remove HTTP/webalias.contoso.com from OTHERUSER\n").doesNotContain("spn HTTP/")
				.contains("// the SPNs as setspn -L lists them\n\tspn host/WEBALIAS on OTHERUSER\n\tspn host/web01");
	}

	@Test
	void theServersSpnIsRemovedFromTheAccount() throws IOException {
		String fixed = fixFirst(DIRECTORY, "spn-server-on-account", "spn host/web01");

		assertThat(fixed).startsWith("Remove host/web01.contoso.com from WEBUSER\n").doesNotContain("spn host/web01");
	}

	@Test
	void anSpnWithoutOwnerIsGivenThePoolAccount() throws IOException {
		String fixed = fixFirst(DIRECTORY, "spn-without-owner", "spn host/webalias.contoso.com\n");

		assertThat(fixed).startsWith("Register host/webalias.contoso.com to WEBUSER\n")
				.contains("\tspn host/webalias.contoso.com on WEBUSER\n");
	}

	@Test
	void aCnamePointingElsewhereIsPointedAtTheServer() throws IOException {
		String fixed = fixFirst(DIRECTORY, "alias-cname-wrong-target", "record ");

		assertThat(fixed).startsWith("Point the CNAME to web01.contoso.com\n")
				.contains("record \"webalias.contoso.com.\" cname \"web01.contoso.com\"\n");
	}

	@Test
	void kernelModeIsTurnedOffOnIis6() throws IOException {
		String fixed = fixFirst(DIRECTORY, "kernel-mode-on-iis6", "server WEB01");

		assertThat(fixed).contains("server WEB01 in CONTOSO fqdn \"web01.contoso.com\" iis 6.0 {\n");
	}

	@Test
	void aServerWithoutAliasGetsOne() throws IOException {
		String fixed = fixFirst(DIRECTORY, "no-alias", "server WEB02");

		assertThat(fixed).startsWith("Add alias WEB02Alias for WEB02\n")
				.contains("\talias WEBALIAS for WEB01 fqdn \"webalias.contoso.com\"\n\talias WEB02Alias for WEB02\n");
	}

	@Test
	void aServiceWithoutPoolIsPutInAPoolOfItsServer() throws IOException {
		String fixed = fixFirst(DIRECTORY, "service-without-pool", "service Customer");

		assertThat(fixed).startsWith("Run Customer in pool Pool2\n").contains("\t\tservice Customer in Pool2\n");
	}
}
