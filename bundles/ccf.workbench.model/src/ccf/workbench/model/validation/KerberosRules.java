/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__CANONICAL_NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.ALIAS__TARGETS;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.DNS_RECORD__DATA;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.NAMED_ELEMENT__NAME;
import static ccf.workbench.model.deployment.DeploymentPackage.Literals.SERVICE_PRINCIPAL_NAME__OWNER;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;

/**
 * The alias and its SPNs: the CNAME that gives the services a name of their own, and the SPNs that make the KDC
 * encrypt tickets for the account that decrypts them (KB 969803 steps 1 and 4).
 */
final class KerberosRules {

	private final DeploymentIndex index;
	private final Findings findings;

	KerberosRules(DeploymentIndex index, Findings findings) {
		this.index = index;
		this.findings = findings;
	}

	void check(Deployment deployment) {
		for (WebServer server : deployment.getWebServers()) {
			if (!server.getServices().isEmpty() && index.aliasOf(server) == null) {
				findings.add(Rule.NO_ALIAS, server, NAMED_ELEMENT__NAME, "Web server " + server.getName()
						+ " hosts CCF services but no alias points at it, so there is no name to move the endpoints to. "
						+ "Add an alias for it (e.g. alias " + server.getName() + "Alias for " + server.getName() + ").");
			}
		}
		Map<String, String> clientHosts = clientHosts(deployment);
		for (Alias alias : deployment.getAliases()) {
			checkAlias(alias, clientHosts);
		}
		checkSpns(deployment);
	}

	private static Map<String, String> clientHosts(Deployment deployment) {
		Map<String, String> hosts = new HashMap<>();
		for (ClientGroup group : deployment.getClientGroups()) {
			group.getHosts().forEach(host -> hosts.putIfAbsent(DeploymentIndex.key(host), group.getName()));
		}
		return hosts;
	}

	private void checkAlias(Alias alias, Map<String, String> clientHosts) {
		String name = alias.getName();
		Host host = index.host(name);
		String clientGroup = clientHosts.get(DeploymentIndex.key(name));
		Domain domain = alias.domain();
		// The alias FQDN is absolute, even when it lies outside the domain's zone.
		DnsRecord record = domain == null ? null : index.record(domain, alias.effectiveFqdn());
		if (host != null || clientGroup != null) {
			String owner = host != null ? NameRules.kind(host) + " " + host.getName() : "a client of " + clientGroup;
			findings.add(Rule.ALIAS_COLLIDES_WITH_HOST, alias, NAMED_ELEMENT__NAME, "Alias " + name
					+ " has the name of " + owner + "; the alias must be a name of its own. Choose another name.");
		} else if (record != null && record.getType() == DnsRecordType.A) {
			findings.add(Rule.ALIAS_COLLIDES_WITH_HOST, alias, NAMED_ELEMENT__NAME, "Alias " + name
					+ " is already a host (A record) in " + domain.getDnsName() + "; a CNAME cannot share its name. "
					+ "Choose another name, or remove the A record.");
		}
		if (alias.getTargets().isEmpty()) {
			findings.add(Rule.ALIAS_WITHOUT_TARGET, alias, ALIAS__TARGETS, "Alias " + name
					+ " points at no web server. Say which server it stands for (alias " + name + " for SERVER).");
		}
		if (alias.getTargets().size() > 1 && (alias.getCanonicalName() == null || alias.getCanonicalName().isEmpty())) {
			findings.add(Rule.ALIAS_CANONICAL_NAME_REQUIRED, alias, ALIAS__CANONICAL_NAME, "Alias " + name + " points at "
					+ alias.getTargets().size() + " servers: give the canonical name its CNAME points to "
					+ "(the load balancer's FQDN).");
		}
		List<Principal> owners = index.owners(alias);
		if (owners.size() > 1) {
			findings.add(Rule.ALIAS_ACCOUNTS_DIFFER, alias, ALIAS__TARGETS, "The pools behind alias " + name + " run as "
					+ owners.stream().map(Principal::qualifiedAccountName).collect(Collectors.joining(", "))
					+ "; one SPN can belong to only one of them. Run every CCF pool behind the alias as the same account.");
		}
		String canonical = alias.effectiveCanonicalName();
		if (domain == null || canonical == null || (record != null && record.getType() == DnsRecordType.A)) {
			return;
		}
		if (record == null) {
			findings.add(Rule.ALIAS_CNAME_MISSING, alias, NAMED_ELEMENT__NAME, "Alias " + name + " has no CNAME record in "
					+ domain.getDnsName() + ": clients cannot resolve " + alias.effectiveFqdn() + ". Add the CNAME "
					+ alias.effectiveFqdn() + " -> " + canonical + " on the DNS server.", alias.effectiveFqdn(), canonical);
		} else if (!DeploymentIndex.key(record.getData()).equals(DeploymentIndex.key(canonical))) {
			findings.add(Rule.ALIAS_CNAME_WRONG_TARGET, record, DNS_RECORD__DATA, "The CNAME of alias " + name + " points to "
					+ record.getData() + ", not to " + canonical + ". Point it to " + canonical + ".", alias.effectiveFqdn(),
					canonical);
		}
	}

	private void checkSpns(Deployment deployment) {
		for (ServicePrincipalName missing : deployment.missingSpns()) {
			Alias alias = index.alias(missing.getHost());
			Principal owner = missing.getOwner();
			findings.add(Rule.SPN_MISSING, alias, NAMED_ELEMENT__NAME, owner.qualifiedAccountName() + " has no SPN "
					+ missing.text() + ": clients that call " + missing.getHost() + " get tickets it cannot decrypt. Register it "
					+ "(setspn -S " + missing.text() + " " + owner.qualifiedAccountName() + ").", missing.text(), owner.getName());
		}
		Map<String, ServicePrincipalName> byText = new HashMap<>();
		Set<ServicePrincipalName> reported = new HashSet<>();
		for (ServicePrincipalName spn : deployment.getSpns()) {
			if (spn.getOwner() == null) {
				findings.add(Rule.SPN_WITHOUT_OWNER, spn, SERVICE_PRINCIPAL_NAME__OWNER, "SPN " + spn.text()
						+ " names no owner; an SPN is registered on an account or a computer. Say which one holds it.");
				continue;
			}
			checkRegistered(deployment, spn);
			String key = spn.text().toLowerCase(Locale.ROOT);
			ServicePrincipalName first = byText.putIfAbsent(key, spn);
			if (first != null && first.getOwner() != spn.getOwner() && spn.getOwner() != null) {
				// Report the registration that does not belong, so that the quick fix never removes the right one.
				boolean firstBelongs = belongs(first);
				boolean known = firstBelongs != belongs(spn);
				ServicePrincipalName wrong = known && !firstBelongs && first.getOwner() != null ? first : spn;
				Principal other = wrong == first ? spn.getOwner() : first.getOwner();
				if (!reported.add(wrong)) {
					continue;
				}
				String remove = "setspn -D " + wrong.text() + " " + name(wrong.getOwner());
				findings.add(Rule.SPN_DUPLICATE, wrong, SERVICE_PRINCIPAL_NAME__OWNER, "SPN " + wrong.text()
						+ " is registered on " + name(other) + " and on " + name(wrong.getOwner())
						+ ": the KDC cannot tell which key to use and Kerberos fails for both. "
						+ (known ? "Remove it from " + name(wrong.getOwner()) + " (" + remove + ")."
								: "Keep it only on the account that runs the service (e.g. " + remove + ")."),
						wrong.text(), wrong.getOwner().getName());
			}
		}
	}

	private void checkRegistered(Deployment deployment, ServicePrincipalName spn) {
		String serviceClass = spn.getServiceClass() == null ? "" : spn.getServiceClass().toLowerCase(Locale.ROOT);
		if (!serviceClass.equals("host") && !serviceClass.equals("http") || spn.getOwner() == null) {
			return;
		}
		Alias alias = index.alias(spn.getHost());
		if (alias != null && !index.owners(alias).isEmpty() && !index.owners(alias).contains(spn.getOwner())) {
			String owners = index.owners(alias).stream().map(Principal::qualifiedAccountName).collect(Collectors.joining(", "));
			if (serviceClass.equals("http")) {
				findings.add(Rule.SPN_HTTP_HIJACK, spn, SERVICE_PRINCIPAL_NAME__OWNER, "SPN " + spn.text() + " sits on "
						+ name(spn.getOwner()) + ": HTTP/ SPNs win over host/, so tickets for the alias are made for that "
						+ "account and " + owners + " cannot decrypt them. Remove it (setspn -D " + spn.text() + " "
						+ name(spn.getOwner()) + ").", spn.text(), spn.getOwner().getName());
			} else {
				findings.add(Rule.SPN_ON_OTHER_PRINCIPAL, spn, SERVICE_PRINCIPAL_NAME__OWNER, "SPN " + spn.text() + " sits on "
						+ name(spn.getOwner()) + ", but the services behind alias " + alias.getName() + " run as " + owners
						+ ". Move it (setspn -D, then setspn -S on " + owners + ").", spn.text(), spn.getOwner().getName());
			}
		}
		Host host = index.host(spn.getHost());
		if (host instanceof WebServer && spn.getOwner() instanceof ServiceAccount account) {
			findings.add(Rule.SPN_SERVER_ON_ACCOUNT, spn, SERVICE_PRINCIPAL_NAME__OWNER, "SPN " + spn.text()
					+ " names the real server " + host.getName() + " but sits on " + account.qualifiedAccountName()
					+ "; it belongs to the computer account " + host.qualifiedAccountName()
					+ ". Remove it from the account (setspn -D).", spn.text(), account.getName());
		}
	}

	/**
	 * Whether a host/ or HTTP/ SPN sits where it belongs: an SPN of an alias on a principal that must own the alias's
	 * SPNs, an SPN of a host on that host's computer account. Other service classes belong to whatever account runs
	 * the service, which the model does not say.
	 */
	private boolean belongs(ServicePrincipalName spn) {
		String serviceClass = spn.getServiceClass() == null ? "" : spn.getServiceClass().toLowerCase(Locale.ROOT);
		if (!serviceClass.equals("host") && !serviceClass.equals("http")) {
			return false;
		}
		Alias alias = index.alias(spn.getHost());
		if (alias != null) {
			return index.owners(alias).contains(spn.getOwner());
		}
		Host host = index.host(spn.getHost());
		return host != null && host == spn.getOwner();
	}

	private static String name(Principal principal) {
		return principal == null ? "no owner" : principal.qualifiedAccountName();
	}
}
