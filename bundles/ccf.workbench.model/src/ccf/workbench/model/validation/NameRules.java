/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__CANONICAL_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__FQDN;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CLIENT_GROUP__HOSTS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CONFIG_FILE__LOCAL_COPY;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.CONFIG_FILE__PATH;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DNS_RECORD__DATA;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DNS_RECORD__NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DOMAIN__DNS_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.HOST__FQDN;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.NAMED_ELEMENT__NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.PRINCIPAL__DOMAIN;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_ACCOUNT__ACCOUNT_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_ACCOUNT__USER_PRINCIPAL_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__SERVICE;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_INSTALLATION__VIRTUAL_PATH;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__HOST;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__PORT;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__SERVICE_CLASS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__SERVICE_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.WEB_SERVER__SITE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Database;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SqlServer;
import ccf.workbench.model.deployment.WebServer;

/** Names that are unsafe, malformed or taken twice: findings that block generation. */
final class NameRules {

	private static final Pattern VIRTUAL_PATH = Pattern.compile("[A-Za-z0-9._~/-]+");
	private static final String SITE_FORBIDDEN = "\\/?;:@&=+$,|\"<>%^!`'*";

	private final DeploymentIndex index;
	private final Findings findings;

	NameRules(DeploymentIndex index, Findings findings) {
		this.index = index;
		this.findings = findings;
	}

	void check(Deployment deployment) {
		checkSafeText(deployment);
		for (Domain domain : deployment.getDomains()) {
			netbios(domain, "Domain");
			dns(domain, DOMAIN__DNS_NAME, domain.getDnsName(), "Domain " + domain.getName());
			for (DnsRecord record : domain.getRecords()) {
				checkRecord(record);
			}
		}
		for (Host host : index.hosts()) {
			netbios(host, kind(host));
			if (!isBlank(host.getFqdn())) { // a blank FQDN means the name in the domain, as effectiveFqdn() reads it
				dns(host, HOST__FQDN, host.getFqdn(), kind(host) + " " + host.getName());
			}
		}
		for (WebServer server : deployment.getWebServers()) {
			checkServer(server);
		}
		for (Alias alias : deployment.getAliases()) {
			checkAlias(alias);
		}
		for (ServiceAccount account : deployment.getAccounts()) {
			checkAccount(deployment, account);
		}
		for (ClientGroup group : deployment.getClientGroups()) {
			checkClients(group);
		}
		for (ServicePrincipalName spn : deployment.getSpns()) {
			checkSpn(spn);
		}
		for (ConfigFile file : deployment.configFiles()) {
			path(file, CONFIG_FILE__PATH, file.getPath());
			path(file, CONFIG_FILE__LOCAL_COPY, file.getLocalCopy());
		}
		checkDuplicates(deployment);
	}

	private void checkSafeText(Deployment deployment) {
		checkText(deployment);
		for (TreeIterator<EObject> it = deployment.eAllContents(); it.hasNext();) {
			checkText(it.next());
		}
	}

	private void checkText(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (value instanceof List<?> values) {
				for (int i = 0; i < values.size(); i++) {
					safe(object, attribute, i, (String) values.get(i));
				}
			} else {
				safe(object, attribute, -1, (String) value);
			}
		}
	}

	private void safe(EObject object, EAttribute attribute, int position, String text) {
		Names.checkSafeText(text).ifPresent(problem -> findings.add(Rule.TEXT_UNSAFE, object, attribute, position,
				"The " + attribute.getName() + " of " + describe(object) + " " + problem
						+ ": it could hide what a generated script does. Retype the value without it."));
	}

	private void checkRecord(DnsRecord record) {
		String name = record.getName();
		if (!"@".equals(name)) {
			Names.checkDnsName(name).ifPresent(problem -> findings.add(Rule.DNS_NAME_INVALID, record, DNS_RECORD__NAME,
					"The DNS record name '" + name + "' " + problem + ". Correct the record's name."));
		}
		String data = record.getData();
		if (record.getType() == DnsRecordType.CNAME) {
			Names.checkDnsName(data).ifPresent(problem -> findings.add(Rule.DNS_NAME_INVALID, record, DNS_RECORD__DATA,
					"The canonical name '" + data + "' of the CNAME record " + name + " " + problem
							+ ". Point the record to the FQDN of a host."));
		} else if (record.getType() == DnsRecordType.A && !Names.isIpv4(data)) {
			findings.add(Rule.DNS_NAME_INVALID, record, DNS_RECORD__DATA,
					"The A record " + name + " needs an IPv4 address such as 10.0.0.5, not '" + data + "'.");
		}
	}

	private void checkServer(WebServer server) {
		String site = server.getSite();
		if (site != null) {
			for (int i = 0; i < site.length(); i++) {
				if (SITE_FORBIDDEN.indexOf(site.charAt(i)) >= 0) {
					findings.add(Rule.PATH_INVALID, server, WEB_SERVER__SITE, "The IIS site name '" + site + "' of web server "
							+ server.getName() + " holds '" + site.charAt(i) + "', which IIS site names cannot contain. "
							+ "Use the site's name as IIS Manager shows it.");
					break;
				}
			}
		}
		for (ServiceInstallation installation : server.getServices()) {
			String path = installation.getVirtualPath();
			if (path != null && !path.isEmpty() && !VIRTUAL_PATH.matcher(path).matches()) {
				findings.add(Rule.PATH_INVALID, installation, SERVICE_INSTALLATION__VIRTUAL_PATH,
						"The virtual path '" + path + "' on web server " + server.getName()
								+ " may only hold letters, digits and . _ ~ / -. Use the application's path as IIS Manager shows it.");
			}
		}
	}

	private void checkAlias(Alias alias) {
		String name = alias.getName();
		Names.checkDnsLabel(name).or(() -> Names.checkDnsName(name)).ifPresent(problem -> findings.add(
				Rule.DNS_NAME_INVALID, alias, NAMED_ELEMENT__NAME, "The alias name '" + name + "' " + problem
						+ ". Choose a name of letters, digits and inner hyphens, such as CCFIISAlias."));
		// Blank FQDN and canonical name mean the derived ones, as effectiveFqdn() and effectiveCanonicalName() read them.
		if (!isBlank(alias.getFqdn())) {
			dns(alias, ALIAS__FQDN, alias.getFqdn(), "Alias " + alias.getName());
		}
		if (!isBlank(alias.getCanonicalName())) {
			dns(alias, ALIAS__CANONICAL_NAME, alias.getCanonicalName(), "Alias " + alias.getName());
		}
	}

	private void checkAccount(Deployment deployment, ServiceAccount account) {
		boolean own = account.getAccountName() != null && !account.getAccountName().isEmpty();
		String sam = account.samAccountName();
		Names.checkSamAccountName(sam).ifPresent(problem -> findings.add(Rule.ACCOUNT_NAME_INVALID, account,
				own ? SERVICE_ACCOUNT__ACCOUNT_NAME : NAMED_ELEMENT__NAME,
				"The account name '" + sam + "'" + (own ? " of account " + account.getName() : "") + " " + problem
						+ ". Give the account's sAMAccountName (its pre-Windows 2000 logon name)."));
		Names.checkUserPrincipalName(account.getUserPrincipalName()).ifPresent(problem -> findings.add(
				Rule.ACCOUNT_NAME_INVALID, account, SERVICE_ACCOUNT__USER_PRINCIPAL_NAME,
				"The user principal name '" + account.getUserPrincipalName() + "' of account " + account.getName() + " "
						+ problem + ". Write it as user@dns.domain, or leave it empty."));
		if (account.getDomain() == null) {
			List<Domain> domains = deployment.getDomains();
			String only = domains.size() == 1 ? domains.get(0).getName() : null;
			findings.add(Rule.ACCOUNT_WITHOUT_DOMAIN, account, PRINCIPAL__DOMAIN,
					"Account " + account.getName() + " has no domain; setspn and IIS need DOMAIN\\" + sam
							+ ". Say which domain it belongs to" + (only == null ? "." : " (" + only + ")."),
					only == null ? new String[0] : new String[] { only });
		}
	}

	private void checkClients(ClientGroup group) {
		List<String> hosts = group.getHosts();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < hosts.size(); i++) {
			String host = hosts.get(i);
			int position = i;
			Names.checkNetbios(host).ifPresent(problem -> findings.add(Rule.NETBIOS_NAME_INVALID, group,
					CLIENT_GROUP__HOSTS, position, "Client host '" + host + "' of " + group.getName() + " " + problem
							+ ". Use the computer's NetBIOS name."));
			if (seen.putIfAbsent(DeploymentIndex.key(host), i) != null) {
				findings.add(Rule.DUPLICATE_NAME, group, CLIENT_GROUP__HOSTS, i,
						"Client host " + host + " is listed twice in " + group.getName() + "; remove one.");
			}
		}
	}

	private void checkSpn(ServicePrincipalName spn) {
		Optional<String> problem = Names.checkSpn(spn.getServiceClass(), spn.getHost(), spn.getPort(), spn.getServiceName());
		problem.ifPresent(p -> findings.add(Rule.SPN_SYNTAX_INVALID, spn, spnPartAtFault(spn),
				"The SPN '" + spn.text() + "' " + p + ". Write it as serviceclass/host[:port][/name]."));
	}

	/** The feature of the first part of an SPN that is wrong, checked in the order {@link Names#checkSpn} checks. */
	private static EStructuralFeature spnPartAtFault(ServicePrincipalName spn) {
		if (Names.checkSpn(spn.getServiceClass(), "host", null, null).isPresent()) {
			return SERVICE_PRINCIPAL_NAME__SERVICE_CLASS;
		}
		if (Names.checkSpn("host", spn.getHost(), null, null).isPresent()) {
			return SERVICE_PRINCIPAL_NAME__HOST;
		}
		if (Names.checkSpn("host", "host", spn.getPort(), null).isPresent()) {
			return SERVICE_PRINCIPAL_NAME__PORT;
		}
		return SERVICE_PRINCIPAL_NAME__SERVICE_NAME;
	}

	private void checkDuplicates(Deployment deployment) {
		unique(deployment.getDomains(), "domain");
		unique(index.hosts(), "host");
		unique(deployment.getAccounts(), "account");
		unique(deployment.getAliases(), "alias");
		unique(deployment.getClientGroups(), "client group");
		for (WebServer server : deployment.getWebServers()) {
			unique(server.getAppPools(), "application pool on " + server.getName());
			Map<String, ServiceInstallation> services = new HashMap<>();
			for (ServiceInstallation installation : server.getServices()) {
				String key = DeploymentIndex.key(installation.effectiveVirtualPath());
				if (!key.isEmpty() && services.putIfAbsent(key, installation) != null) {
					findings.add(Rule.DUPLICATE_NAME, installation, SERVICE_INSTALLATION__SERVICE,
							"Web server " + server.getName() + " lists " + installation.locationPath()
									+ " twice; remove one of them.");
				}
			}
		}
		for (SqlServer sql : deployment.getSqlServers()) {
			unique(sql.getDatabases(), "database on " + sql.getName());
		}
	}

	private void unique(List<? extends NamedElement> elements, String what) {
		Map<String, NamedElement> seen = new HashMap<>();
		for (NamedElement element : elements) {
			String key = DeploymentIndex.key(element.getName());
			if (key.isEmpty()) {
				continue;
			}
			NamedElement first = seen.putIfAbsent(key, element);
			if (first != null) {
				findings.add(Rule.DUPLICATE_NAME, element, NAMED_ELEMENT__NAME, "The " + what + " name " + element.getName()
						+ " is already used by " + describe(first) + "; names compare without case. Rename one of them.");
			}
		}
	}

	private void netbios(NamedElement element, String kind) {
		Names.checkNetbios(element.getName()).ifPresent(problem -> findings.add(Rule.NETBIOS_NAME_INVALID, element,
				NAMED_ELEMENT__NAME, kind + " name '" + element.getName() + "' " + problem + ". Use the "
						+ (element instanceof Domain ? "domain's" : "computer's") + " NetBIOS name."));
	}

	private void dns(EObject element, EStructuralFeature feature, String name, String owner) {
		if (isBlank(name)) {
			findings.add(Rule.DNS_NAME_INVALID, element, feature,
					owner + " has no DNS name. Give its DNS name, e.g. fabrikam.com.");
			return;
		}
		Names.checkDnsName(name).ifPresent(problem -> findings.add(Rule.DNS_NAME_INVALID, element, feature,
				owner + ": the DNS name '" + name + "' " + problem + ". Correct the name."));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private void path(ConfigFile file, EStructuralFeature feature, String path) {
		Names.checkWindowsPath(path).ifPresent(problem -> findings.add(Rule.PATH_INVALID, file, feature,
				"The path '" + path + "' of the " + file.getKind() + " file " + problem + ". Correct the path."));
	}

	static String kind(Host host) {
		if (host instanceof WebServer) {
			return "Web server";
		}
		if (host instanceof SqlServer) {
			return "SQL Server";
		}
		return "Domain controller";
	}

	static String describe(EObject object) {
		String type = object.eClass().getName();
		if (object instanceof NamedElement named && named.getName() != null) {
			return type + " " + named.getName();
		}
		if (object instanceof ServicePrincipalName spn) {
			return "SPN " + spn.text();
		}
		if (object instanceof ServiceInstallation installation) {
			return "service " + installation.locationPath();
		}
		if (object instanceof ConfigFile file) {
			return "config file " + file.getPath();
		}
		if (object instanceof AppPool || object instanceof Database) {
			return type;
		}
		return type.toLowerCase(java.util.Locale.ROOT);
	}
}
