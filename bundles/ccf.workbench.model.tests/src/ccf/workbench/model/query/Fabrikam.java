/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

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
import ccf.workbench.model.deployment.SpnStatus;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.samples.Kb969803Sample;

/**
 * The KB 969803 sample in its "before" state, in a resource set of its own, with its elements by name and the
 * changes the tests make to it. Public for the tests of other packages (e.g. the validation rules).
 */
public final class Fabrikam {

	public static final DeploymentFactory F = DeploymentFactory.eINSTANCE;

	public final Deployment deployment = Kb969803Sample.create(new ResourceSetImpl());

	public Domain domain() {
		return deployment.getDomains().get(0);
	}

	public WebServer iis() {
		return deployment.getWebServers().get(0);
	}

	public AppPool pool() {
		return iis().getAppPools().get(0);
	}

	public ServiceAccount aspUser() {
		return deployment.getAccounts().get(0);
	}

	public Alias alias() {
		return deployment.getAliases().get(0);
	}

	public SqlServer sql() {
		return deployment.getSqlServers().get(0);
	}

	public ServiceInstallation installation(String serviceName) {
		return iis().getServices().stream().filter(s -> serviceName.equals(s.getService().getName())).findFirst()
				.orElseThrow();
	}

	public ServiceAccount addAccount(String name) {
		ServiceAccount account = F.createServiceAccount();
		account.setName(name);
		account.setDomain(domain());
		deployment.getAccounts().add(account);
		return account;
	}

	public ServicePrincipalName register(String serviceClass, String host, Principal owner) {
		ServicePrincipalName spn = F.createServicePrincipalName();
		spn.setServiceClass(serviceClass);
		spn.setHost(host);
		spn.setOwner(owner);
		spn.setStatus(SpnStatus.REGISTERED);
		deployment.getSpns().add(spn);
		return spn;
	}

	/** Registers the SPNs the article's setspn commands add: the remediation's end state for the directory. */
	public void registerAliasSpns() {
		register("host", "CCFIISAlias", aspUser());
		register("host", "ccfiisalias.fabrikam.com", aspUser());
	}

	public DnsRecord addRecord(String name, DnsRecordType type, String data) {
		DnsRecord record = F.createDnsRecord();
		record.setName(name);
		record.setType(type);
		record.setData(data);
		domain().getRecords().add(record);
		return record;
	}

	/** A second IIS 7.5 server in the domain running the given services in one pool, not yet behind any alias. */
	public WebServer addWebServer(String name, AppPoolIdentityType identityType, ServiceAccount identity, String... services) {
		WebServer server = F.createWebServer();
		server.setName(name);
		server.setDomain(domain());
		server.setIisVersion(IisVersion.IIS75);
		server.setKernelModeAuthentication(true);
		AppPool pool = F.createAppPool();
		pool.setName("CcfPool");
		pool.setIdentityType(identityType);
		pool.setIdentity(identity);
		server.getAppPools().add(pool);
		for (String serviceName : services) {
			ServiceInstallation installation = F.createServiceInstallation();
			installation.setService(service(serviceName));
			installation.setPool(pool);
			server.getServices().add(installation);
		}
		deployment.getWebServers().add(server);
		return server;
	}

	public CcfService service(String name) {
		return installation(name).getService();
	}
}
