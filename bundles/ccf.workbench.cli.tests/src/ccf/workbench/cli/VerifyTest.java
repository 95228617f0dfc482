/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

import ccf.workbench.directory.CnameLookup;

/**
 * {@code ccfw verify} of the article's model against an in-process LDAP directory (DNS answers recorded): the
 * findings in validate's format and the exit codes; usage, and passwords kept off the command line and the output.
 */
class VerifyTest {

	private static final String BASE = "DC=fabrikam,DC=com";
	private static final String ADMIN = "CN=Administrator,CN=Users," + BASE;
	private static final String PASSWORD = "Lab.Admin-2024";
	private static final CnameLookup WITH_CNAME = fqdn -> fqdn.equalsIgnoreCase("ccfiisalias.fabrikam.com") ? Optional.of("ccfiis.fabrikam.com")
			: Optional.empty();

	@TempDir
	Path dir;

	private InMemoryDirectoryServer server;
	private String url;
	private Path passwordFile;
	private final String model = Path.of(System.getProperty("ccf.examples", "../../examples")).resolve("kb969803-fabrikam.ccf").toString();

	@BeforeEach
	void start() throws Exception {
		InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
		config.setSchema(null);
		config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
		config.addAdditionalBindCredentials(ADMIN, PASSWORD);
		server = new InMemoryDirectoryServer(config);
		server.add("dn: " + BASE, "objectClass: domain", "dc: fabrikam");
		server.add("dn: CN=CCFIIS," + BASE, "objectClass: computer", "sAMAccountName: CCFIIS$", "servicePrincipalName: HOST/CCFIIS",
				"servicePrincipalName: HOST/ccfiis.fabrikam.com");
		server.add("dn: CN=ASPUSER," + BASE, "objectClass: user", "sAMAccountName: ASPUSER");
		server.add("dn: CN=ccfagent," + BASE, "objectClass: user", "sAMAccountName: ccfagent");
		server.startListening();
		url = "ldap://127.0.0.1:" + server.getListenPort();
		passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
	}

	@AfterEach
	void stop() {
		server.shutDown(true);
	}

	private CcfwRun verify(CnameLookup dns, String... options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> args = new java.util.ArrayList<>(List.of(model, "--ldap", url, "--dns", "10.77.0.1"));
		args.addAll(List.of(options));
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = new VerifyVerb(server -> dns).run(args, o, e);
		}
		return new CcfwRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private CcfwRun verifyAsAdmin(CnameLookup dns) {
		return verify(dns, "--bind-user", ADMIN, "--password-file", passwordFile.toString());
	}

	private void addSpn(String account, String spn) throws Exception {
		server.modify("dn: CN=" + account + "," + BASE, "changetype: modify", "add: servicePrincipalName", "servicePrincipalName: " + spn);
	}

	@Test
	void theBrokenDirectoryGivesValidatesFindingsAtTheAlias() {
		CcfwRun run = verifyAsAdmin(fqdn -> Optional.empty());

		assertThat(run.err()).isEmpty();
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out().lines()).containsExactly(
				model + ":33:8: error: DNS has no CNAME record ccfiisalias.fabrikam.com: clients cannot resolve the alias CCFIISAlias. "
						+ "Add the CNAME ccfiisalias.fabrikam.com -> ccfiis.fabrikam.com. [alias-cname-missing]",
				model + ":33:8: error: In the directory, FABRIKAM\\ASPUSER has no SPN host/CCFIISAlias: clients that call CCFIISAlias get no ticket "
						+ "it can decrypt. Register it (setspn -S host/CCFIISAlias FABRIKAM\\ASPUSER). [spn-missing]",
				model + ":33:8: error: In the directory, FABRIKAM\\ASPUSER has no SPN host/ccfiisalias.fabrikam.com: clients that call CCFIISAlias "
						+ "get no ticket it can decrypt. Register it (setspn -S host/ccfiisalias.fabrikam.com FABRIKAM\\ASPUSER). [spn-missing]");
	}

	@Test
	void theRemediatedDirectoryIsClean() throws Exception {
		addSpn("ASPUSER", "host/CCFIISAlias");
		addSpn("ASPUSER", "host/ccfiisalias.fabrikam.com");

		CcfwRun run = verifyAsAdmin(WITH_CNAME);

		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEmpty();
		assertThat(run.code()).isZero();
	}

	@Test
	void anHttpSpnOnAnotherAccountIsTheHijack() throws Exception {
		addSpn("ASPUSER", "host/CCFIISAlias");
		addSpn("ASPUSER", "host/ccfiisalias.fabrikam.com");
		addSpn("ccfagent", "HTTP/ccfiisalias.fabrikam.com");

		CcfwRun run = verifyAsAdmin(WITH_CNAME);

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out().lines()).singleElement().asString().startsWith(model + ":33:8: error: In the directory, ccfagent holds HTTP/ccfiisalias.fabrikam.com")
				.endsWith("[spn-http-hijack]");
	}

	@Test
	void theServersSpnOnThePoolAccountIsFoundAtTheAccount() throws Exception {
		addSpn("ASPUSER", "host/CCFIISAlias");
		addSpn("ASPUSER", "host/ccfiisalias.fabrikam.com");
		addSpn("ASPUSER", "HTTP/ccfiis.fabrikam.com");

		CcfwRun run = verifyAsAdmin(WITH_CNAME);

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out().lines()).singleElement().asString().startsWith(model + ":11:")
				.contains("FABRIKAM\\ASPUSER holds HTTP/ccfiis.fabrikam.com").endsWith("[spn-server-on-account]");
	}

	@Test
	void aWrongPasswordIsExitTwoAndNeverPrinted() throws Exception {
		Path wrong = Files.writeString(dir.resolve("wrong"), "Secret-Wrong-1\r\n");

		CcfwRun run = verify(WITH_CNAME, "--bind-user", ADMIN, "--password-file", wrong.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("ccfw verify: cannot log in to " + url).doesNotContain("Secret-Wrong-1");
	}

	@Test
	void anUnreachableDirectoryIsExitTwo() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}

		CcfwRun run = ccfw("verify", model, "--ldap", "ldap://127.0.0.1:" + port, "--dns", "127.0.0.1", "--bind-user", ADMIN,
				"--password-file", passwordFile.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).startsWith("ccfw verify: cannot log in to ldap://127.0.0.1:" + port);
	}

	@Test
	void aPasswordOnTheCommandLineIsRefusedWithoutEchoingIt() {
		CcfwRun run = ccfw("verify", model, "--ldap", url, "--dns", "127.0.0.1", "--bind-user", ADMIN, "--password=Secret-On-Cli");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("passwords are never taken on the command line").doesNotContain("Secret-On-Cli");
	}

	@Test
	void usageErrorsAreExitTwo() {
		assertThat(ccfw("verify", model, "--dns", "127.0.0.1", "--gssapi").err()).contains("--ldap is required");
		assertThat(ccfw("verify", model, "--ldap", url, "--gssapi").err()).contains("--dns is required");
		assertThat(ccfw("verify", model, "--ldap", url, "--dns", "127.0.0.1").err()).contains("either --bind-user and --password-file, or --gssapi");
		assertThat(ccfw("verify", model, "--ldap", url, "--dns", "127.0.0.1", "--gssapi", "--bind-user", ADMIN).code()).isEqualTo(2);
		assertThat(ccfw("verify", model, "--ldap", url, "--dns", "127.0.0.1", "--bind-user", ADMIN).err()).contains("--password-file is required");
		assertThat(ccfw("verify", "--ldap", url, "--dns", "127.0.0.1", "--gssapi").err()).contains("expected one MODEL.ccf");
		assertThat(ccfw("verify", model, "--ldap", url, "--dns", "127.0.0.1", "--bind-user", ADMIN, "--password-file",
				dir.resolve("none").toString()).err()).contains("cannot read the password file");
		assertThat(ccfw("verify", dir.resolve("none.ccf").toString(), "--ldap", url, "--dns", "127.0.0.1", "--gssapi").code()).isEqualTo(2);
	}

	@Test
	void helpNamesEveryCodeAndTheCredentialOptions() {
		CcfwRun run = ccfw("help", "verify");

		assertThat(run.code()).isZero();
		assertThat(run.out()).startsWith("Usage: ccfw verify MODEL.ccf --ldap URL --dns SERVER").contains("spn-http-hijack")
				.contains("--password-file FILE").contains("--gssapi").contains("never taken on the command line");
	}
}
