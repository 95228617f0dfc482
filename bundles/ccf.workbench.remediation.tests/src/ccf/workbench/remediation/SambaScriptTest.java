/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.ServiceAccount;

/**
 * The samba dialect run for real against {@link FakeSambaTool}: the arguments arrive intact, each step checks first
 * (a second run changes nothing), the rollback undoes what the remediation did, and credentials come from the
 * environment, never from the script.
 */
class SambaScriptTest {

	private static final String PASSWORD = "Pa$$ w0rd'\"`x`";

	@TempDir
	Path dir;

	private FakeSambaTool samba;

	private Map<String, String> auth;

	@BeforeEach
	void fake() throws Exception {
		assumeTrue(Bash.available(), "assumption: /bin/bash exists (Debian); without it the samba scripts are not run");
		samba = new FakeSambaTool(dir);
		Path file = Files.writeString(dir.resolve("auth.conf"), "username = Administrator\r\npassword = " + PASSWORD + "\r\ndomain = FABRIKAM\r\n");
		auth = Map.of("SAMBA_AUTH_FILE", file.toString());
	}

	@Test
	void theArticlesStepsReachSambaToolIntactAndTwiceChangesNothing() throws Exception {
		List<Artifact> artifacts = Deployments.generate(Deployments.sample());
		Artifact remediate = Deployments.artifact(artifacts, "samba/remediate.sh");

		Bash.Result first = samba.run(remediate, auth);

		assertThat(first.code()).as(first.out()).isZero();
		List<String> query = List.of("dns", "query", "dc01.fabrikam.com", "fabrikam.com", "ccfiisalias", "CNAME", "-U", "Administrator", "-W", "FABRIKAM");
		assertThat(samba.takeCalls()).containsExactly(query,
				List.of("dns", "add", "dc01.fabrikam.com", "fabrikam.com", "ccfiisalias", "CNAME", "ccfiis.fabrikam.com", "-U", "Administrator", "-W", "FABRIKAM"),
				query,
				List.of("spn", "list", "ASPUSER"), List.of("spn", "add", "host/CCFIISAlias", "ASPUSER"), List.of("spn", "list", "ASPUSER"),
				List.of("spn", "list", "ASPUSER"), List.of("spn", "add", "host/ccfiisalias.fabrikam.com", "ASPUSER"), List.of("spn", "list", "ASPUSER"));

		Bash.Result second = samba.run(remediate, auth);

		assertThat(second.code()).as(second.out()).isZero();
		assertThat(samba.takeCalls()).containsExactly(query, List.of("spn", "list", "ASPUSER"), List.of("spn", "list", "ASPUSER"));
		assertThat(second.out()).contains("already points to the target").contains("already registered");
	}

	@Test
	void theAuthenticationFilesPasswordReachesSambaToolOnlyThroughItsEnvironment() throws Exception {
		Artifact remediate = Deployments.artifact(Deployments.generate(Deployments.sample()), "samba/remediate.sh");
		Map<String, String> remote = new java.util.HashMap<>(auth);
		remote.put("SAMBA_URL", "ldap://dc01.fabrikam.com");

		Bash.Result run = samba.run(remediate, remote);

		assertThat(run.code()).as(run.out()).isZero();
		List<List<String>> calls = samba.takeCalls();
		assertThat(calls).hasSize(9).allMatch(call -> call.containsAll(List.of("-U", "Administrator", "-W", "FABRIKAM")))
				.noneMatch(call -> call.stream().anyMatch(argument -> argument.contains("w0rd")));
		assertThat(calls).contains(List.of("spn", "list", "ASPUSER", "-H", "ldap://dc01.fabrikam.com", "-U", "Administrator", "-W", "FABRIKAM"));
		assertThat(samba.takePasswords()).hasSize(9).containsOnly(PASSWORD);
		assertThat(run.out()).doesNotContain("w0rd");
	}

	@Test
	void withoutAnAuthenticationFileEveryCallUsesKerberosAndNoPassword() throws Exception {
		Artifact remediate = Deployments.artifact(Deployments.generate(Deployments.sample()), "samba/remediate.sh");

		Bash.Result run = samba.run(remediate, Map.of("SAMBA_URL", "ldap://dc01.fabrikam.com"));

		assertThat(run.code()).as(run.out()).isZero();
		assertThat(samba.takeCalls()).hasSize(9).allMatch(call -> call.contains("--use-kerberos=required"));
		assertThat(samba.takePasswords()).hasSize(9).containsOnly("(unset)");
	}

	@Test
	void anAuthenticationFileWithoutAPasswordStopsBeforeAnyCall() throws Exception {
		Artifact remediate = Deployments.artifact(Deployments.generate(Deployments.sample()), "samba/remediate.sh");
		Path file = Files.writeString(dir.resolve("no-password.conf"), "username=Administrator\n");

		Bash.Result run = samba.run(remediate, Map.of("SAMBA_AUTH_FILE", file.toString()));

		assertThat(run.code()).isNotZero();
		assertThat(run.out()).contains("needs username= and password= lines");
		assertThat(samba.takeCalls()).isEmpty();
	}

	@Test
	void theRollbackUndoesTheRemediationAndIsSafeTwice() throws Exception {
		List<Artifact> artifacts = Deployments.generate(Deployments.sample());
		assertThat(samba.run(Deployments.artifact(artifacts, "samba/remediate.sh"), Map.of()).code()).isZero();
		samba.takeCalls();

		Bash.Result rollback = samba.run(Deployments.artifact(artifacts, "samba/rollback.sh"), Map.of());

		assertThat(rollback.code()).as(rollback.out()).isZero();
		assertThat(samba.takeCalls()).contains(List.of("spn", "delete", "host/ccfiisalias.fabrikam.com", "ASPUSER"),
				List.of("spn", "delete", "host/CCFIISAlias", "ASPUSER"),
				List.of("dns", "delete", "dc01.fabrikam.com", "fabrikam.com", "ccfiisalias", "CNAME", "ccfiis.fabrikam.com", "--use-kerberos=required"));
		Bash.Result again = samba.run(Deployments.artifact(artifacts, "samba/rollback.sh"), Map.of());
		assertThat(again.code()).as(again.out()).isZero();
		assertThat(samba.takeCalls()).noneMatch(call -> call.contains("delete"));
	}

	@Test
	void anSpnOnAnotherAccountStopsTheScript() throws Exception {
		samba.holds("intruder", "HOST/CCFIISALIAS.FABRIKAM.COM");
		Artifact remediate = Deployments.artifact(Deployments.generate(Deployments.sample()), "samba/remediate.sh");

		Bash.Result run = samba.run(remediate, auth);

		assertThat(run.code()).isNotZero();
		assertThat(run.out()).contains("already affected to another user").doesNotContain("Remediation of the DNS and SPN steps done");
	}

	@Test
	void aHostileAccountNameArrivesAsOneArgumentAndRunsNothing() throws Exception {
		Deployment deployment = Deployments.sample();
		ServiceAccount account = deployment.getAccounts().get(0);
		String hostile = "O'Brien$(touch pwned)`touch pwned2`;touch pwned3 \"x\" \\";
		account.setAccountName(hostile);
		List<Artifact> artifacts = new RemediationGenerator().force(true).dialects(java.util.EnumSet.of(Dialect.SAMBA)).generate(deployment);

		Bash.Result run = samba.run(Deployments.artifact(artifacts, "samba/remediate.sh"), auth);

		assertThat(run.code()).as(run.out()).isZero();
		assertThat(samba.takeCalls()).contains(List.of("spn", "add", "host/CCFIISAlias", hostile), List.of("spn", "list", hostile));
		assertThat(dir.resolve("pwned")).doesNotExist();
		assertThat(dir.resolve("pwned2")).doesNotExist();
		assertThat(dir.resolve("pwned3")).doesNotExist();
		assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("pwned"));
	}

	/**
	 * Account names with every shell metacharacter, look-alike letters and an over-long name, each given to the script with
	 * the rules off: the script parses ({@code bash -n}), runs, hands the name to samba-tool as one argument, byte for byte,
	 * and runs nothing the name says; an invisible character is refused by the generator instead.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "a'b\"c`touch pwned1`", "$(touch pwned2)", "x;touch pwned3;#", "a|touch pwned4", "a&&touch pwned5",
			"${IFS}touch${IFS}pwned6", "a>pwned7", "*", "-n", "--help", "\u0410SPUSER", "\u200bASPUSER", "%PATH%!x!",
			"\\\\server\\share", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
					+ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void aHostileAccountNameParsesRunsAndArrivesIntact(String hostile) throws Exception {
		Deployment deployment = Deployments.sample();
		deployment.getAccounts().get(0).setAccountName(hostile);
		List<Artifact> artifacts;
		try {
			artifacts = new RemediationGenerator().force(true).dialects(java.util.EnumSet.of(Dialect.SAMBA)).generate(deployment);
		} catch (GenerationException refused) {
			// Invisible and control characters are refused even with the rules off: that is the other safe outcome.
			assertThat(refused).hasMessageContaining("Cannot write").hasMessageEndingWith("nothing was generated.");
			assertThat(hostile).matches(".*[\\p{Cf}\\p{Cc}].*");
			return;
		}
		for (Artifact script : artifacts.stream().filter(a -> a.path().endsWith(".sh")).toList()) {
			Path file = Files.write(dir.resolve(script.path().replace('/', '-')), script.content());
			Bash.Result syntax = Bash.syntax(file);
			assertThat(syntax.code()).as(script.path() + ": " + syntax.out()).isZero();
		}

		Bash.Result run = samba.run(Deployments.artifact(artifacts, "samba/remediate.sh"), auth);

		assertThat(run.code()).as(run.out()).isZero();
		assertThat(samba.takeCalls()).contains(List.of("spn", "add", "host/CCFIISAlias", hostile), List.of("spn", "list", hostile));
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("pwned"));
		}
	}
}
