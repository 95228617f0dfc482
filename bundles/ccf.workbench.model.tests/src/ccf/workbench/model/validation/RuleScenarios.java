/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__CANONICAL_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__TARGETS;
import static org.assertj.core.api.Assertions.assertThat;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.APP_POOL__IDENTITY;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CLIENT_GROUP__LOCAL_INTRANET_SITES;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CONFIG_FILE__PATH;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DEPLOYMENT__DESCRIPTION;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DNS_RECORD__DATA;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ENDPOINT_IDENTITY__VALUE;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ENDPOINT_REFERENCE__URL;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.HOST__FQDN;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.NAMED_ELEMENT__NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.PRINCIPAL__DOMAIN;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_ACCOUNT__ACCOUNT_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__POOL;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__USE_APP_POOL_CREDENTIALS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__HOST;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__OWNER;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.WEB_SERVER__INSTALLED_HOTFIXES;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.WEB_SERVER__KERNEL_MODE_AUTHENTICATION;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.EndpointIdentity;
import ccf.workbench.model.deployment.EndpointKind;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.IdentityKind;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.deployment.WindowsVersion;
import ccf.workbench.model.query.Fabrikam;

/**
 * For every rule, a change to the fixed KB 969803 sample that makes it fire once (with the finding it must give) and
 * a near miss, a similar change that is fine and leaves the deployment clean. {@link EveryRuleTest} runs them for
 * each {@link Rule} constant, so a rule added without scenarios fails the build.
 */
final class RuleScenarios {

	/**
	 * The finding a scenario expects.
	 *
	 * @param mentions what the message must contain: the element's name and what to do
	 */
	record Expected(EObject target, EStructuralFeature feature, int index, List<String> fixData, List<String> mentions) {

		static Expected of(EObject target, EStructuralFeature feature, List<String> fixData, String... mentions) {
			return new Expected(target, feature, -1, fixData, List.of(mentions));
		}
	}

	/** How to make a rule fire on the fixed sample, and a near miss that must not. */
	record Scenario(Function<Fabrikam, Expected> fire, Consumer<Fabrikam> nearMiss) {
	}

	private static final Map<Rule, Scenario> SCENARIOS = new EnumMap<>(Rule.class);

	private RuleScenarios() {
	}

	/** @return the scenario of the rule, or null when it has none */
	static Scenario of(Rule rule) {
		return SCENARIOS.get(rule);
	}

	private static void add(Rule rule, Function<Fabrikam, Expected> fire, Consumer<Fabrikam> nearMiss) {
		if (SCENARIOS.put(rule, new Scenario(fire, nearMiss)) != null) {
			throw new IllegalStateException("two scenarios for " + rule);
		}
	}

	static EndpointReference addToMmcConfig(Fabrikam fabrikam, String url) {
		EndpointReference endpoint = Fabrikam.F.createEndpointReference();
		endpoint.setUrl(url);
		endpoint.setKind(EndpointKind.APP_SETTING);
		mmcConfig(fabrikam).getEndpoints().add(endpoint);
		return endpoint;
	}

	static ConfigFile mmcConfig(Fabrikam fabrikam) {
		return fabrikam.deployment.getClientGroups().get(1).getConfigFile();
	}

	static ConfigFile agentConfig(Fabrikam fabrikam) {
		return fabrikam.deployment.getClientGroups().get(0).getConfigFile();
	}

	static DnsRecord cname(Fabrikam fabrikam) {
		return fabrikam.domain().getRecords().get(0);
	}

	static ServicePrincipalName spn(Fabrikam fabrikam, String text) {
		return fabrikam.deployment.getSpns().stream().filter(s -> s.text().equalsIgnoreCase(text)).findFirst().orElseThrow();
	}

	static EndpointIdentity identity(EndpointReference endpoint, IdentityKind kind, String value) {
		EndpointIdentity identity = Fabrikam.F.createEndpointIdentity();
		identity.setKind(kind);
		identity.setValue(value);
		endpoint.setIdentity(identity);
		return identity;
	}

	static AppPool addPool(WebServer server, String name, AppPoolIdentityType type, ServiceAccount identity) {
		AppPool pool = Fabrikam.F.createAppPool();
		pool.setName(name);
		pool.setIdentityType(type);
		pool.setIdentity(identity);
		server.getAppPools().add(pool);
		return pool;
	}

	/** A second IIS 7.5 server running Customer as ASPUSER with useAppPoolCredentials, behind the alias. */
	static WebServer secondServerBehindTheAlias(Fabrikam fabrikam) {
		WebServer web02 = fabrikam.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, fabrikam.aspUser(), "Customer");
		web02.getServices().forEach(s -> s.setUseAppPoolCredentials(Boolean.TRUE));
		fabrikam.alias().getTargets().add(web02);
		return web02;
	}

	static {
		add(Rule.ENDPOINT_NAMES_REAL_SERVER, f -> {
			EndpointReference endpoint = addToMmcConfig(f,
					"https://CCFIIS.Fabrikam.COM:443/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc?wsdl");
			return Expected.of(endpoint, ENDPOINT_REFERENCE__URL, List.of("CCFIIS.Fabrikam.COM", "ccfiisalias.fabrikam.com",
					"https://ccfiisalias.fabrikam.com:443/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc?wsdl"),
					"https://CCFIIS.Fabrikam.COM:443/", "Mmc.exe.config", "real server CCFIIS",
					"Change its host to ccfiisalias.fabrikam.com");
		}, f -> addToMmcConfig(f, "http://ccfiisalias/Customer.svc?back=http://CCFIIS/"));

		add(Rule.ALIAS_CNAME_MISSING, f -> {
			f.domain().getRecords().clear();
			return Expected.of(f.alias(), NAMED_ELEMENT__NAME, List.of("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com"),
					"Alias CCFIISAlias", "Add the CNAME ccfiisalias.fabrikam.com -> ccfiis.fabrikam.com");
		}, f -> cname(f).setName("CCFIISALIAS.FABRIKAM.COM."));

		add(Rule.ALIAS_CNAME_WRONG_TARGET, f -> {
			cname(f).setData("ccfsql.fabrikam.com.");
			return Expected.of(cname(f), DNS_RECORD__DATA, List.of("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com"),
					"alias CCFIISAlias", "points to ccfsql.fabrikam.com.", "Point it to ccfiis.fabrikam.com");
		}, f -> cname(f).setData("CCFIIS.FABRIKAM.COM"));

		add(Rule.SPN_MISSING, f -> {
			f.deployment.getSpns().remove(spn(f, "host/ccfiisalias.fabrikam.com"));
			return Expected.of(f.alias(), NAMED_ELEMENT__NAME, List.of("host/ccfiisalias.fabrikam.com", "ASPUSER"),
					"FABRIKAM\\ASPUSER has no SPN host/ccfiisalias.fabrikam.com", "clients that call ccfiisalias.fabrikam.com",
					"Register it (setspn -S host/ccfiisalias.fabrikam.com FABRIKAM\\ASPUSER)");
		}, f -> spn(f, "host/ccfiisalias.fabrikam.com").setHost("CCFIISALIAS.Fabrikam.Com"));

		add(Rule.SPN_ON_OTHER_PRINCIPAL, f -> {
			ServicePrincipalName spn = f.register("host", "CCFIISAlias", f.addAccount("WEBADMIN"));
			return Expected.of(spn, SERVICE_PRINCIPAL_NAME__OWNER, List.of("host/CCFIISAlias", "WEBADMIN"),
					"SPN host/CCFIISAlias sits on FABRIKAM\\WEBADMIN", "alias CCFIISAlias run as FABRIKAM\\ASPUSER", "Move it");
		}, f -> f.register("host", "ccfiisalias.contoso.com", f.addAccount("WEBADMIN")));

		add(Rule.SPN_HTTP_HIJACK, f -> {
			ServicePrincipalName spn = f.register("HTTP", "ccfiisalias.fabrikam.com", f.addAccount("WEBADMIN"));
			return Expected.of(spn, SERVICE_PRINCIPAL_NAME__OWNER, List.of("HTTP/ccfiisalias.fabrikam.com", "WEBADMIN"),
					"SPN HTTP/ccfiisalias.fabrikam.com sits on FABRIKAM\\WEBADMIN",
					"Remove it (setspn -D HTTP/ccfiisalias.fabrikam.com FABRIKAM\\WEBADMIN)");
		}, f -> f.register("HTTP", "ccfiisalias.fabrikam.com", f.aspUser()));

		add(Rule.SPN_SERVER_ON_ACCOUNT, f -> {
			ServicePrincipalName spn = f.register("host", "ccfiis.fabrikam.com", f.aspUser());
			return Expected.of(spn, SERVICE_PRINCIPAL_NAME__OWNER, List.of("host/ccfiis.fabrikam.com", "ASPUSER"),
					"SPN host/ccfiis.fabrikam.com", "real server CCFIIS", "computer account FABRIKAM\\CCFIIS$",
					"Remove it from the account");
		}, f -> {
			ServicePrincipalName sql = f.register("MSSQLSvc", "ccfiis.fabrikam.com", f.aspUser());
			sql.setPort(1433);
		});

		add(Rule.SPN_DUPLICATE, f -> {
			f.register("MSSQLSvc", "ccfsql.fabrikam.com", f.aspUser()).setPort(1433);
			ServicePrincipalName second = f.register("MSSQLSvc", "CCFSQL.fabrikam.com", f.addAccount("WEBADMIN"));
			second.setPort(1433);
			return Expected.of(second, SERVICE_PRINCIPAL_NAME__OWNER, List.of("MSSQLSvc/CCFSQL.fabrikam.com:1433", "WEBADMIN"),
					"SPN MSSQLSvc/CCFSQL.fabrikam.com:1433 is registered on FABRIKAM\\ASPUSER and on FABRIKAM\\WEBADMIN",
					"setspn -D MSSQLSvc/CCFSQL.fabrikam.com:1433 FABRIKAM\\WEBADMIN");
		}, f -> {
			f.register("MSSQLSvc", "ccfsql.fabrikam.com", f.aspUser()).setPort(1433);
			f.register("MSSQLSvc", "ccfsql.fabrikam.com", f.addAccount("WEBADMIN")).setPort(1434);
		});

		add(Rule.APP_POOL_CREDENTIALS_MISSING, f -> {
			ServiceInstallation customer = f.installation("Customer");
			customer.setUseAppPoolCredentials(null);
			return Expected.of(customer, SERVICE_INSTALLATION__USE_APP_POOL_CREDENTIALS,
					List.of("Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer"),
					"IIS on CCFIIS authenticates Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer",
					"FABRIKAM\\ASPUSER", "Set useAppPoolCredentials=\"true\" (with useKernelMode=\"true\")");
		}, f -> {
			ServiceInstallation customer = f.installation("Customer");
			customer.setUseAppPoolCredentials(null);
			customer.setUseKernelMode(Boolean.FALSE);
		});

		add(Rule.ALIAS_NOT_IN_INTRANET_ZONE, f -> {
			ClientGroup consoles = f.deployment.getClientGroups().get(1);
			consoles.getLocalIntranetSites().clear();
			return Expected.of(consoles, CLIENT_GROUP__LOCAL_INTRANET_SITES, List.of("http://ccfiisalias.fabrikam.com"),
					"The clients of AdminConsoles", "http://ccfiisalias.fabrikam.com", "Add it");
		}, f -> {
			ClientGroup consoles = f.deployment.getClientGroups().get(1);
			consoles.getLocalIntranetSites().set(0, "*.FABRIKAM.com");
		});

		add(Rule.ENDPOINT_IDENTITY_CONTRADICTS, f -> {
			EndpointIdentity identity = identity(agentConfig(f).getEndpoints().get(0), IdentityKind.SPN, "host/ccfiis.fabrikam.com");
			return Expected.of(identity, ENDPOINT_IDENTITY__VALUE, List.of(),
					"http://CCFIISAlias/Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
					"pins the SPN 'host/ccfiis.fabrikam.com'", "use host/ccfiisalias.fabrikam.com or remove the identity");
		}, f -> identity(agentConfig(f).getEndpoints().get(0), IdentityKind.SPN, "HOST/CCFIISAlias.fabrikam.com"));

		add(Rule.IIS70_HOTFIX_962943, f -> {
			f.iis().getInstalledHotfixes().clear();
			return Expected.of(f.iis(), WEB_SERVER__INSTALLED_HOTFIXES, List.of(), "Web server CCFIIS", "install hotfix KB 962943");
		}, f -> {
			f.iis().getInstalledHotfixes().clear();
			f.iis().setWindowsVersion(WindowsVersion.SERVER_2008_R2);
			f.iis().setIisVersion(IisVersion.IIS75);
		});

		add(Rule.KERNEL_MODE_ON_IIS6, f -> {
			f.iis().setWindowsVersion(WindowsVersion.SERVER_2003);
			f.iis().setIisVersion(IisVersion.IIS6);
			return Expected.of(f.iis(), WEB_SERVER__KERNEL_MODE_AUTHENTICATION, List.of(), "Web server CCFIIS", "Turn it off");
		}, f -> {
			f.iis().setWindowsVersion(WindowsVersion.SERVER_2003);
			f.iis().setIisVersion(IisVersion.IIS6);
			f.iis().setKernelModeAuthentication(false);
		});

		add(Rule.ENDPOINT_URL_UNPARSABLE, f -> {
			EndpointReference endpoint = addToMmcConfig(f, "Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc");
			return Expected.of(endpoint, ENDPOINT_REFERENCE__URL, List.of(),
					"'Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc'", "Mmc.exe.config", "Write the full URL");
		}, f -> addToMmcConfig(f, ""));

		add(Rule.NO_ALIAS, f -> {
			f.deployment.getAliases().clear();
			return Expected.of(f.iis(), NAMED_ELEMENT__NAME, List.of(), "Web server CCFIIS", "Add an alias for it");
		}, f -> f.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, f.aspUser()));

		add(Rule.DUPLICATE_NAME, f -> {
			ServiceAccount twin = f.addAccount("aspuser");
			return Expected.of(twin, NAMED_ELEMENT__NAME, List.of(), "aspuser", "ServiceAccount ASPUSER", "Rename one of them");
		}, f -> f.addAccount("ASPUSER2"));

		add(Rule.NETBIOS_NAME_INVALID, f -> {
			f.sql().setName("CCFSQLCLUSTER016");
			return Expected.of(f.sql(), NAMED_ELEMENT__NAME, List.of(), "SQL Server name 'CCFSQLCLUSTER016'", "16 characters",
					"Use the computer's NetBIOS name");
		}, f -> f.sql().setName("CCFSQLCLUSTER01"));

		add(Rule.DNS_NAME_INVALID, f -> {
			f.sql().setFqdn("ccfsql..fabrikam.com");
			return Expected.of(f.sql(), HOST__FQDN, List.of(), "SQL Server CCFSQL", "'ccfsql..fabrikam.com'", "Correct the name");
		}, f -> f.sql().setFqdn("CCFSQL.fabrikam.com."));

		add(Rule.ACCOUNT_NAME_INVALID, f -> {
			ServiceAccount webAdmin = f.addAccount("WEBADMIN");
			webAdmin.setAccountName("svc-ccf-webadmin-2009");
			return Expected.of(webAdmin, SERVICE_ACCOUNT__ACCOUNT_NAME, List.of(), "'svc-ccf-webadmin-2009' of account WEBADMIN",
					"21 characters", "Give the account's sAMAccountName");
		}, f -> f.addAccount("WEBADMIN").setAccountName("svc-ccf-webadmin-209"));

		add(Rule.ACCOUNT_WITHOUT_DOMAIN, f -> {
			ServiceAccount webAdmin = f.addAccount("WEBADMIN");
			webAdmin.setDomain(null);
			return Expected.of(webAdmin, PRINCIPAL__DOMAIN, List.of("FABRIKAM"), "Account WEBADMIN",
					"Say which domain it belongs to (FABRIKAM)");
		}, f -> f.addAccount("WEBADMIN"));

		add(Rule.SPN_SYNTAX_INVALID, f -> {
			ServicePrincipalName spn = f.register("host", "ccfiis alias.fabrikam.com", f.addAccount("WEBADMIN"));
			return Expected.of(spn, SERVICE_PRINCIPAL_NAME__HOST, List.of(), "'host/ccfiis alias.fabrikam.com'",
					"Write it as serviceclass/host[:port][/name]");
		}, f -> {
			ServicePrincipalName spn = f.register("MSSQLSvc", "ccfsql.fabrikam.com", f.addAccount("WEBADMIN"));
			spn.setPort(1433);
			spn.setServiceName("CCFInfrastructure");
		});

		add(Rule.ALIAS_COLLIDES_WITH_HOST, f -> {
			f.deployment.getClientGroups().get(0).getHosts().add("CCFIISALIAS");
			return Expected.of(f.alias(), NAMED_ELEMENT__NAME, List.of(), "Alias CCFIISAlias", "a client of AgentDesktops",
					"Choose another name");
		}, f -> f.deployment.getClientGroups().get(0).getHosts().add("CCFIISALIAS2"));

		add(Rule.ALIAS_CANONICAL_NAME_REQUIRED, f -> {
			secondServerBehindTheAlias(f);
			return Expected.of(f.alias(), ALIAS__CANONICAL_NAME, List.of(), "Alias CCFIISAlias points at 2 servers",
					"give the canonical name");
		}, f -> {
			secondServerBehindTheAlias(f);
			f.alias().setCanonicalName("ccfnlb.fabrikam.com");
			cname(f).setData("ccfnlb.fabrikam.com.");
		});

		add(Rule.ALIAS_ACCOUNTS_DIFFER, f -> {
			AppPool samples = addPool(f.iis(), "CcfSamples", AppPoolIdentityType.NETWORK_SERVICE, null);
			f.installation("DemoWebApplication").setPool(samples);
			return Expected.of(f.alias(), ALIAS__TARGETS, List.of(), "alias CCFIISAlias", "FABRIKAM\\ASPUSER, FABRIKAM\\CCFIIS$",
					"Run every CCF pool behind the alias as the same account");
		}, f -> {
			AppPool samples = addPool(f.iis(), "CcfSamples", AppPoolIdentityType.SPECIFIC_USER, f.aspUser());
			f.installation("DemoWebApplication").setPool(samples);
		});

		add(Rule.POOL_IDENTITY_MISSING, f -> {
			AppPool spare = addPool(f.iis(), "Spare", AppPoolIdentityType.SPECIFIC_USER, null);
			return Expected.of(spare, APP_POOL__IDENTITY, List.of(), "Application pool Spare on CCFIIS", "Give its identity");
		}, f -> addPool(f.iis(), "Spare", AppPoolIdentityType.APPLICATION_POOL_IDENTITY, null));

		add(Rule.POOL_ON_OTHER_SERVER, f -> {
			WebServer web02 = f.addWebServer("CCFWEB02", AppPoolIdentityType.SPECIFIC_USER, f.aspUser());
			ServiceInstallation customer = f.installation("Customer");
			customer.setPool(web02.getAppPools().get(0));
			return Expected.of(customer, SERVICE_INSTALLATION__POOL, List.of(),
					"Service Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer on CCFIIS", "another server, CCFWEB02",
					"Choose a pool of CCFIIS");
		}, f -> f.installation("Customer").setPool(addPool(f.iis(), "CcfCustomer", AppPoolIdentityType.SPECIFIC_USER, f.aspUser())));

		add(Rule.SERVICE_WITHOUT_POOL, f -> {
			ServiceInstallation customer = f.installation("Customer");
			customer.setPool(null);
			return Expected.of(customer, SERVICE_INSTALLATION__POOL, List.of(),
					"Service Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer on CCFIIS", "Say which pool of CCFIIS");
		}, f -> f.installation("Customer").setPool(f.iis().getAppPools().get(0)));

		add(Rule.ALIAS_WITHOUT_TARGET, f -> {
			Alias spare = Fabrikam.F.createAlias();
			spare.setName("SpareAlias");
			f.deployment.getAliases().add(spare);
			return Expected.of(spare, ALIAS__TARGETS, List.of(), "Alias SpareAlias", "Say which server it stands for");
		}, f -> assertThat(f.alias().getTargets()).containsExactly(f.iis()));

		add(Rule.SPN_WITHOUT_OWNER, f -> {
			ServicePrincipalName spn = f.deployment.getSpns().get(0);
			spn.setOwner(null);
			return Expected.of(spn, SERVICE_PRINCIPAL_NAME__OWNER, List.of(), "SPN host/CCFIIS", "Say which one holds it");
		}, f -> f.deployment.getSpns().get(0).setOwner(f.iis()));

		add(Rule.PATH_INVALID, f -> {
			ConfigFile file = agentConfig(f);
			file.setPath("C:\\Program Files\\Microsoft CCF\\Agent*Desktop\\AgentDesktop.exe.config");
			return Expected.of(file, CONFIG_FILE__PATH, List.of(), "'C:\\Program Files\\Microsoft CCF\\Agent*Desktop\\",
					"AgentDesktop.exe.config file", "holds '*'", "Correct the path");
		}, f -> agentConfig(f).setPath("C:\\Program Files (x86)\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config"));

		add(Rule.TEXT_UNSAFE, f -> {
			f.deployment.setDescription("KB 969803 \u202Egpj.exe");
			return Expected.of(f.deployment, DEPLOYMENT__DESCRIPTION, List.of(), "description of Deployment Fabrikam",
					"U+202E at position 11", "Retype the value without it");
		}, f -> f.deployment.setDescription("KB 969803 \u2014 Fabrikam, Z\u00fcrich: \u00abbefore\u00bb"));
	}
}
