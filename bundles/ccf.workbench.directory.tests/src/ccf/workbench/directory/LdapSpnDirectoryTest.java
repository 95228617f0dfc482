/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

import ccf.workbench.model.samples.Kb969803Sample;
import ccf.workbench.model.validation.Finding;

/**
 * {@link LdapSpnDirectory} against an in-process LDAP server holding the accounts of the article's domain: what it
 * finds, what it must not find, and how a failed login or an absent server is reported.
 */
class LdapSpnDirectoryTest {

	private static final String BASE = "DC=fabrikam,DC=com";
	private static final String ADMIN = "CN=Administrator,CN=Users," + BASE;
	private static final char[] PASSWORD = "Lab.Admin-2024".toCharArray();

	private InMemoryDirectoryServer server;
	private String url;

	@BeforeEach
	void start() throws Exception {
		InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
		config.setSchema(null);
		config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
		config.addAdditionalBindCredentials(ADMIN, new String(PASSWORD));
		server = new InMemoryDirectoryServer(config);
		server.add("dn: " + BASE, "objectClass: domain", "dc: fabrikam");
		server.add("dn: CN=Users," + BASE, "objectClass: container", "cn: Users");
		server.add("dn: CN=Computers," + BASE, "objectClass: container", "cn: Computers");
		server.add("dn: CN=CCFIIS,CN=Computers," + BASE, "objectClass: computer", "cn: CCFIIS", "sAMAccountName: CCFIIS$",
				"servicePrincipalName: HOST/CCFIIS", "servicePrincipalName: HOST/ccfiis.fabrikam.com");
		server.add("dn: CN=ASPUSER,CN=Users," + BASE, "objectClass: user", "cn: ASPUSER", "sAMAccountName: ASPUSER",
				"servicePrincipalName: host/CCFIISAlias", "servicePrincipalName: host/ccfiisalias.fabrikam.com");
		server.add("dn: CN=ccfagent,CN=Users," + BASE, "objectClass: user", "cn: ccfagent", "sAMAccountName: ccfagent",
				"servicePrincipalName: HTTP/ccfiisalias.fabrikam.com:8080", "servicePrincipalName: HTTP/ccfiisalias2.fabrikam.com");
		server.add("dn: CN=sql,CN=Users," + BASE, "objectClass: user", "cn: sql", "sAMAccountName: svc*sql",
				"servicePrincipalName: MSSQLSvc/ccfsql.fabrikam.com:1433");
		server.startListening();
		url = "ldap://127.0.0.1:" + server.getListenPort();
	}

	@AfterEach
	void stop() {
		server.shutDown(true);
	}

	private LdapSpnDirectory connect() throws DirectoryException {
		return LdapSpnDirectory.connect(url, BASE, new LdapLogin.SimpleBind(ADMIN, PASSWORD.clone()));
	}

	@Test
	void anAccountComesWithItsSpns() throws Exception {
		try (LdapSpnDirectory directory = connect()) {
			DirectoryAccount account = directory.account("aspuser").orElseThrow();

			assertThat(account.samAccountName()).isEqualTo("ASPUSER");
			assertThat(account.distinguishedName()).isEqualToIgnoringCase("CN=ASPUSER,CN=Users," + BASE);
			assertThat(account.servicePrincipalNames()).containsExactlyInAnyOrder("host/CCFIISAlias", "host/ccfiisalias.fabrikam.com");
			assertThat(directory.account("nobody")).isEmpty();
		}
	}

	@Test
	void aNameWithFilterCharactersMatchesOnlyItself() throws Exception {
		try (LdapSpnDirectory directory = connect()) {
			assertThat(directory.account("svc*sql")).map(DirectoryAccount::samAccountName).hasValue("svc*sql");
			assertThat(directory.account("*")).isEmpty();
			assertThat(directory.account("ASPUSER)(sAMAccountName=*")).isEmpty();
			assertThat(directory.holdersOf(Set.of("*"))).isEmpty();
		}
	}

	@Test
	void holdersOfTheAliasIncludeSpnsWithPortsButNotOtherHosts() throws Exception {
		try (LdapSpnDirectory directory = connect()) {
			List<DirectoryAccount> holders = directory.holdersOf(Set.of("ccfiisalias", "ccfiisalias.fabrikam.com"));

			assertThat(holders).extracting(DirectoryAccount::samAccountName).containsExactlyInAnyOrder("ASPUSER", "ccfagent");
			assertThat(directory.holdersOf(Set.of("ccfiis"))).extracting(DirectoryAccount::samAccountName).containsExactly("CCFIIS$");
			assertThat(directory.holdersOf(Set.of())).isEmpty();
		}
	}

	@Test
	void theArticlesDeploymentAgainstThisDirectoryShowsTheHijack() throws Exception {
		try (LdapSpnDirectory directory = connect()) {
			RecordedDirectory dns = new RecordedDirectory().cname("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com");

			List<Finding> findings = new AliasVerification(directory, dns).verify(Kb969803Sample.create(new ResourceSetImpl()));

			assertThat(findings).extracting(Finding::code).containsExactly("spn-http-hijack");
			assertThat(findings.get(0).message()).contains("ccfagent holds HTTP/ccfiisalias.fabrikam.com:8080");
		}
	}

	@Test
	void aWrongPasswordIsALoginError() {
		assertThatThrownBy(() -> LdapSpnDirectory.connect(url, BASE, new LdapLogin.SimpleBind(ADMIN, "wrong".toCharArray())))
				.isInstanceOf(DirectoryException.class).hasMessageStartingWith("cannot log in to " + url).hasMessageNotContaining("wrong");
	}

	@Test
	void noServerIsALoginError() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		String nowhere = "ldap://127.0.0.1:" + port;

		assertThatThrownBy(() -> LdapSpnDirectory.connect(nowhere, BASE, new LdapLogin.SimpleBind(ADMIN, PASSWORD.clone())))
				.isInstanceOf(DirectoryException.class).hasMessageStartingWith("cannot log in to " + nowhere);
	}

	@Test
	void theSimpleBindsPasswordIsNeverPrinted() {
		assertThat(new LdapLogin.SimpleBind(ADMIN, PASSWORD.clone()).toString()).doesNotContain(new String(PASSWORD)).contains(ADMIN);
	}
}
