/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.deployment.WindowsVersion;

/**
 * A generated deployment of 2,000 web servers, each behind an alias of its own with a CNAME, running CCF as an
 * account of its own with both alias SPNs: clean as generated, and with a few planted mistakes the duplicate and SPN
 * rules report exactly those. The rules index by name, so such a model is checked in one pass (no timing here: the
 * benchmark under releng/ measures time).
 */
class LargeDeploymentTest {

	private static final int SIZE = 2_000;
	private static final DeploymentFactory F = DeploymentFactory.eINSTANCE;

	private final Deployment deployment = F.createDeployment();
	private final Domain domain = F.createDomain();
	private final List<ServiceAccount> accounts = new ArrayList<>();
	private final List<WebServer> servers = new ArrayList<>();
	private final List<Alias> aliases = new ArrayList<>();
	private CcfService customer;

	private static String n(int i) {
		return String.format("%04d", i);
	}

	@BeforeEach
	void generate() {
		customer = CcfServiceCatalogs.ccf2009(new ResourceSetImpl()).find("Customer");
		deployment.setName("Contoso");
		domain.setName("FABRIKAM");
		domain.setDnsName("fabrikam.com");
		deployment.getDomains().add(domain);
		for (int i = 0; i < SIZE; i++) {
			ServiceAccount account = F.createServiceAccount();
			account.setName("SVC" + n(i));
			account.setDomain(domain);
			deployment.getAccounts().add(account);
			accounts.add(account);

			WebServer server = F.createWebServer();
			server.setName("WEB" + n(i));
			server.setFqdn("web" + n(i) + ".fabrikam.com");
			server.setDomain(domain);
			server.setWindowsVersion(WindowsVersion.SERVER_2008_R2);
			server.setIisVersion(IisVersion.IIS75);
			server.setKernelModeAuthentication(true);
			AppPool pool = F.createAppPool();
			pool.setName("CcfPool");
			pool.setIdentityType(AppPoolIdentityType.SPECIFIC_USER);
			pool.setIdentity(account);
			server.getAppPools().add(pool);
			ServiceInstallation installation = F.createServiceInstallation();
			installation.setService(customer);
			installation.setPool(pool);
			installation.setUseAppPoolCredentials(Boolean.TRUE);
			server.getServices().add(installation);
			deployment.getWebServers().add(server);
			servers.add(server);

			aliases.add(alias("ALIAS" + n(i), server));
			record("alias" + n(i), "web" + n(i) + ".fabrikam.com.");
			register("host", "ALIAS" + n(i), account);
			register("host", "alias" + n(i) + ".fabrikam.com", account);
		}
	}

	private Alias alias(String name, WebServer target) {
		Alias alias = F.createAlias();
		alias.setName(name);
		alias.getTargets().add(target);
		deployment.getAliases().add(alias);
		return alias;
	}

	private DnsRecord record(String name, String data) {
		DnsRecord record = F.createDnsRecord();
		record.setName(name);
		record.setType(DnsRecordType.CNAME);
		record.setData(data);
		domain.getRecords().add(record);
		return record;
	}

	private ServicePrincipalName register(String serviceClass, String host, Principal owner) {
		ServicePrincipalName spn = F.createServicePrincipalName();
		spn.setServiceClass(serviceClass);
		spn.setHost(host);
		spn.setOwner(owner);
		deployment.getSpns().add(spn);
		return spn;
	}

	@Test
	void theGeneratedDeploymentIsClean() {
		assertThat(deployment.getWebServers()).hasSize(SIZE);
		assertThat(deployment.getSpns()).hasSize(2 * SIZE);

		assertThat(DeploymentRules.check(deployment)).isEmpty();
	}

	@Test
	void exactlyThePlantedDuplicatesAndSpnMistakesAreReported() {
		// Names taken twice (without case): an account, a server, an alias in front of the same server.
		accounts.get(1234).setName("svc0042");
		servers.get(1500).setName("web0007");
		Alias twin = alias("alias0009", servers.get(9));
		// An alias SPN on a second account, in another case on a third; an SQL SPN on two accounts.
		ServicePrincipalName onOther = register("host", "alias0100.fabrikam.com", accounts.get(200));
		ServicePrincipalName otherCase = register("HOST", "ALIAS0500", accounts.get(600));
		register("MSSQLSvc", "sql01.fabrikam.com", accounts.get(300)).setPort(1433);
		ServicePrincipalName sqlTwice = register("mssqlsvc", "SQL01.fabrikam.com", accounts.get(301));
		sqlTwice.setPort(1433);
		// Near misses: the same SPN twice on its own account, the same service class and host on another port.
		register("host", "alias0400", accounts.get(400));
		register("MSSQLSvc", "sql01.fabrikam.com", accounts.get(302)).setPort(1434);
		// A missing SPN: the FQDN SPN of alias 1999.
		deployment.getSpns().remove(2 * 1999 + 1);

		List<Finding> findings = DeploymentRules.check(deployment);

		assertThat(findings).extracting(Finding::rule, Finding::target).containsExactlyInAnyOrder(
				tuple(Rule.DUPLICATE_NAME, accounts.get(1234)), tuple(Rule.DUPLICATE_NAME, servers.get(1500)),
				tuple(Rule.DUPLICATE_NAME, twin), tuple(Rule.SPN_ON_OTHER_PRINCIPAL, onOther),
				tuple(Rule.SPN_DUPLICATE, onOther), tuple(Rule.SPN_ON_OTHER_PRINCIPAL, otherCase),
				tuple(Rule.SPN_DUPLICATE, otherCase), tuple(Rule.SPN_DUPLICATE, sqlTwice),
				tuple(Rule.SPN_MISSING, aliases.get(1999)));
		assertThat(findings).filteredOn(f -> f.rule() == Rule.SPN_MISSING).singleElement()
				.satisfies(f -> assertThat(f.fixData()).containsExactly("host/alias1999.fabrikam.com", "SVC1999"));
		assertThat(findings).filteredOn(f -> f.rule() == Rule.DUPLICATE_NAME).extracting(Finding::message).containsExactly(
				"The host name web0007 is already used by WebServer WEB0007; names compare without case. Rename one of them.",
				"The account name svc0042 is already used by ServiceAccount SVC0042; names compare without case. Rename one of them.",
				"The alias name alias0009 is already used by Alias ALIAS0009; names compare without case. Rename one of them.");
	}
}
