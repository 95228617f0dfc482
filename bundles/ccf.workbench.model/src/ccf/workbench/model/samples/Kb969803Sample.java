/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.samples;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.CcfServiceCatalog;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ClientKind;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.ConfigFileKind;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.DomainController;
import ccf.workbench.model.deployment.EndpointKind;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.deployment.WindowsVersion;

/**
 * The deployment of KB 969803 in its "before" state: CCF 2009 on an IIS 7.0 server CCFIIS (Windows Server 2008)
 * whose pool runs as FABRIKAM\ASPUSER with kernel-mode authentication, clients whose endpoint URLs name the real
 * server, and an alias CCFIISAlias that has neither its CNAME nor its SPNs yet. Tests and the workbench start
 * from it.
 */
public final class Kb969803Sample {

	/** The URI of the sample's resource. */
	public static final URI URI_ = URI.createURI("ccf-sample:/kb969803-fabrikam.deployment");

	private static final DeploymentFactory F = DeploymentFactory.eINSTANCE;

	private Kb969803Sample() {
	}

	/** Creates the sample in a resource of its own in {@code resourceSet}, next to the CCF 2009 catalogue. */
	public static Deployment create(ResourceSet resourceSet) {
		CcfServiceCatalog catalog = CcfServiceCatalogs.ccf2009(resourceSet);
		Deployment deployment = build(catalog);
		Resource resource = new XMIResourceImpl(URI_);
		resource.getContents().add(deployment);
		resourceSet.getResources().add(resource);
		return deployment;
	}

	private static Deployment build(CcfServiceCatalog catalog) {
		Deployment deployment = F.createDeployment();
		deployment.setName("Fabrikam");
		deployment.setDescription("KB 969803: CCF 2009 clients with .NET 3.5 SP1 fail Kerberos against CCFIIS.");

		Domain domain = F.createDomain();
		domain.setName("FABRIKAM");
		domain.setDnsName("fabrikam.com");
		DomainController dc = F.createDomainController();
		dc.setName("DC01");
		dc.setDomain(domain);
		domain.getControllers().add(dc);
		deployment.getDomains().add(domain);

		ServiceAccount aspUser = F.createServiceAccount();
		aspUser.setName("ASPUSER");
		aspUser.setDomain(domain);
		aspUser.setUserPrincipalName("ASPUSER@fabrikam.com");
		deployment.getAccounts().add(aspUser);

		WebServer iis = F.createWebServer();
		iis.setName("CCFIIS");
		iis.setFqdn("ccfiis.fabrikam.com");
		iis.setDomain(domain);
		iis.setWindowsVersion(WindowsVersion.SERVER_2008);
		iis.setIisVersion(IisVersion.IIS7);
		iis.setKernelModeAuthentication(true);
		AppPool pool = F.createAppPool();
		pool.setName("CcfPool");
		pool.setIdentityType(AppPoolIdentityType.SPECIFIC_USER);
		pool.setIdentity(aspUser);
		iis.getAppPools().add(pool);
		for (CcfService service : catalog.getServices()) {
			ServiceInstallation installation = F.createServiceInstallation();
			installation.setService(service);
			installation.setPool(pool);
			iis.getServices().add(installation);
		}
		iis.setApplicationHostConfig(configFile(ConfigFileKind.APPLICATION_HOST_CONFIG,
				"C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config", List.of()));
		ServiceInstallation configurationService = iis.getServices().stream()
				.filter(s -> "ConfigurationService".equals(s.getService().getName())).findFirst().orElseThrow();
		configurationService.setWebConfig(configFile(ConfigFileKind.SERVICE_WEB_CONFIG,
				"C:\\Inetpub\\wwwroot\\Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService\\Web.config",
				List.of(endpoint("http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx",
						EndpointKind.APP_SETTING, "/configuration/appSettings/add[@key='AgentCredentialsUrl']/@value"))));
		deployment.getWebServers().add(iis);

		Alias alias = F.createAlias();
		alias.setName("CCFIISAlias");
		alias.getTargets().add(iis);
		deployment.getAliases().add(alias);

		ClientGroup agents = F.createClientGroup();
		agents.setName("AgentDesktops");
		agents.setKind(ClientKind.AGENT_DESKTOP);
		agents.getHosts().addAll(List.of("AGENT01", "AGENT02"));
		agents.setConfigFile(configFile(ConfigFileKind.AGENT_DESKTOP_CONFIG,
				"C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config",
				List.of(endpoint("http://CCFIIS/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
						EndpointKind.CLIENT_ENDPOINT, "/configuration/system.serviceModel/client/endpoint[1]/@address"),
						endpoint("http://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx",
								EndpointKind.CLIENT_ENDPOINT, "/configuration/system.serviceModel/client/endpoint[2]/@address"),
						endpoint("", EndpointKind.CLIENT_ENDPOINT, "/configuration/system.serviceModel/client/endpoint[3]/@address"))));
		deployment.getClientGroups().add(agents);

		ClientGroup consoles = F.createClientGroup();
		consoles.setName("AdminConsoles");
		consoles.setKind(ClientKind.MMC);
		consoles.getHosts().add("CCFADMIN01");
		consoles.setConfigFile(configFile(ConfigFileKind.MMC_CONFIG,
				"C:\\Program Files\\Microsoft CCF\\Administration\\Mmc.exe.config",
				List.of(endpoint("http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AdminConsole/AdminConsole.asmx",
						EndpointKind.APP_SETTING, "/configuration/appSettings/add[@key='AdminConsoleUrl']/@value"))));
		deployment.getClientGroups().add(consoles);

		SqlServer sql = F.createSqlServer();
		sql.setName("CCFSQL");
		sql.setDomain(domain);
		Database infrastructure = F.createDatabase();
		infrastructure.setName("CCFInfrastructure");
		sql.getDatabases().add(infrastructure);
		deployment.getSqlServers().add(sql);

		// The computer account owns the server's own SPNs, as Windows registers them when it joins the domain.
		deployment.getSpns().add(registered("host", "CCFIIS", iis));
		deployment.getSpns().add(registered("host", "ccfiis.fabrikam.com", iis));
		return deployment;
	}

	private static ConfigFile configFile(ConfigFileKind kind, String path, List<EndpointReference> endpoints) {
		ConfigFile file = F.createConfigFile();
		file.setKind(kind);
		file.setPath(path);
		file.getEndpoints().addAll(endpoints);
		return file;
	}

	private static EndpointReference endpoint(String url, EndpointKind kind, String location) {
		EndpointReference endpoint = F.createEndpointReference();
		endpoint.setUrl(url);
		endpoint.setKind(kind);
		endpoint.setLocation(location);
		return endpoint;
	}

	private static ServicePrincipalName registered(String serviceClass, String host, Principal owner) {
		ServicePrincipalName spn = F.createServicePrincipalName();
		spn.setServiceClass(serviceClass);
		spn.setHost(host);
		spn.setOwner(owner);
		return spn;
	}
}
