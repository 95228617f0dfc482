/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.samples.Kb969803Sample;
import ccf.workbench.model.validation.Finding;

/** The live checks of the article's deployment against recorded directory answers, state by state. */
class AliasVerificationTest {

	private final Deployment fabrikam = Kb969803Sample.create(new ResourceSetImpl());

	private List<Finding> verify(RecordedDirectory directory) throws DirectoryException {
		return new AliasVerification(directory, directory).verify(fabrikam);
	}

	private static List<String> codes(List<Finding> findings) {
		return findings.stream().map(Finding::code).toList();
	}

	@Test
	void beforeTheFixTheCnameAndBothSpnsAreMissing() throws Exception {
		List<Finding> findings = verify(RecordedDirectory.fabrikamBefore());

		assertThat(codes(findings)).containsExactly("alias-cname-missing", "spn-missing", "spn-missing");
		assertThat(findings.get(0).message()).contains("ccfiisalias.fabrikam.com -> ccfiis.fabrikam.com");
		assertThat(findings.get(1).message()).contains("FABRIKAM\\ASPUSER has no SPN host/CCFIISAlias");
		assertThat(findings.get(2).message()).contains("host/ccfiisalias.fabrikam.com");
		assertThat(findings).allMatch(f -> f.target() == fabrikam.getAliases().get(0));
	}

	@Test
	void afterTheFixNothingIsFound() throws Exception {
		assertThat(verify(RecordedDirectory.fabrikamAfter())).isEmpty();
	}

	@Test
	void spnsCompareWithoutCase() throws Exception {
		RecordedDirectory directory = RecordedDirectory.fabrikamBefore().cname("CCFIISALIAS.fabrikam.com", "CCFIIS.FABRIKAM.COM")
				.spn("ASPUSER", "HOST/ccfiisalias").spn("ASPUSER", "HOST/CCFIISALIAS.FABRIKAM.COM");

		assertThat(verify(directory)).isEmpty();
	}

	@Test
	void aCnameToAnotherHostIsTheWrongTarget() throws Exception {
		RecordedDirectory directory = RecordedDirectory.fabrikamAfter().cname("ccfiisalias.fabrikam.com", "ccfsql.fabrikam.com");

		List<Finding> findings = verify(directory);

		assertThat(codes(findings)).containsExactly("alias-cname-wrong-target");
		assertThat(findings.get(0).message()).contains("-> ccfsql.fabrikam.com, not -> ccfiis.fabrikam.com");
	}

	@Test
	void anHttpSpnOfTheAliasOnAnotherAccountHijacksIt() throws Exception {
		RecordedDirectory directory = RecordedDirectory.fabrikamAfter().spn("ccfagent", "HTTP/ccfiisalias.fabrikam.com");

		List<Finding> findings = verify(directory);

		assertThat(codes(findings)).containsExactly("spn-http-hijack");
		assertThat(findings.get(0).message()).contains("ccfagent holds HTTP/ccfiisalias.fabrikam.com")
				.contains("setspn -D HTTP/ccfiisalias.fabrikam.com ccfagent");
	}

	@Test
	void anHttpSpnWithAPortOrAServiceNameHijacksTooButOtherClassesAndHostsDoNot() throws Exception {
		RecordedDirectory directory = RecordedDirectory.fabrikamAfter().spn("ccfagent", "http/CCFIISAlias:8080")
				.spn("ccfagent", "HTTP/ccfiisalias.fabrikam.com/CcfPool").spn("ccfagent", "MSSQLSvc/ccfiisalias.fabrikam.com:1433")
				.spn("ccfagent", "HTTP/ccfiisalias2.fabrikam.com");

		assertThat(codes(verify(directory))).containsExactly("spn-http-hijack", "spn-http-hijack");
	}

	@Test
	void aHostSpnOfTheAliasOnAnotherAccountIsADuplicate() throws Exception {
		RecordedDirectory directory = RecordedDirectory.fabrikamBefore().cname("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com")
				.spn("CCFIIS$", "host/CCFIISAlias").spn("ASPUSER", "host/ccfiisalias.fabrikam.com");

		List<Finding> findings = verify(directory);

		assertThat(codes(findings)).containsExactly("spn-missing", "spn-on-other-principal");
		assertThat(findings.get(1).message()).contains("CCFIIS$ holds host/CCFIISAlias");
	}

	@Test
	void theRealServersSpnsOnThePoolAccountAreFound() throws Exception {
		RecordedDirectory directory = RecordedDirectory.fabrikamAfter().spn("ASPUSER", "HOST/ccfiis.fabrikam.com")
				.spn("ASPUSER", "http/CCFIIS");

		List<Finding> findings = verify(directory);

		assertThat(codes(findings)).containsExactly("spn-server-on-account", "spn-server-on-account");
		assertThat(findings.get(0).target()).isSameAs(fabrikam.getAccounts().get(0));
		assertThat(findings.get(0).message()).contains("FABRIKAM\\ASPUSER holds HOST/ccfiis.fabrikam.com");
	}

	@Test
	void aPoolAccountMissingFromTheDirectoryIsSaidOnce() throws Exception {
		RecordedDirectory directory = new RecordedDirectory().withAccount("CCFIIS$", "HOST/CCFIIS").cname("ccfiisalias.fabrikam.com",
				"ccfiis.fabrikam.com");

		List<Finding> findings = verify(directory);

		assertThat(codes(findings)).containsExactly("spn-missing");
		assertThat(findings.get(0).message()).contains("The directory has no account ASPUSER");
	}

	@Test
	void anUnreachableDirectoryIsAnErrorNotAFinding() {
		SpnDirectory unreachable = new SpnDirectory() {
			@Override
			public Optional<DirectoryAccount> account(String samAccountName) throws DirectoryException {
				throw new DirectoryException("connection refused");
			}

			@Override
			public List<DirectoryAccount> holdersOf(Collection<String> hosts) throws DirectoryException {
				throw new DirectoryException("connection refused");
			}
		};
		AliasVerification verification = new AliasVerification(unreachable, RecordedDirectory.fabrikamAfter());

		assertThatThrownBy(() -> verification.verify(fabrikam)).isInstanceOf(DirectoryException.class).hasMessage("connection refused");
	}
}
