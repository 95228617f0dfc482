/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.validation.Finding;
import ccf.workbench.model.validation.Rule;

/**
 * What KB 969803 asks of the live directory for each alias of a deployment, checked against what the directory and
 * DNS say: the alias's CNAME points at the server's FQDN; the SPNs the model requires are on the accounts that
 * decrypt the tickets; no other account holds a {@code host/} or {@code HTTP/} SPN for the alias (an {@code HTTP/}
 * one on another account takes the alias's tickets, although the directory accepts it); the app-pool account does
 * not hold {@code host/} or {@code HTTP/} SPNs of the real server, which belong to the computer.
 * <p>
 * The findings use the codes of the model's rules, so that {@code ccfw verify} reads like {@code ccfw validate}.
 */
public final class AliasVerification {

	private final SpnDirectory directory;
	private final CnameLookup dns;
	private final Map<String, Optional<DirectoryAccount>> accounts = new HashMap<>();

	public AliasVerification(SpnDirectory directory, CnameLookup dns) {
		this.directory = directory;
		this.dns = dns;
	}

	/** @return the findings, alias by alias, in the order of the checks */
	public List<Finding> verify(Deployment deployment) throws DirectoryException {
		List<Finding> findings = new ArrayList<>();
		for (Alias alias : deployment.getAliases()) {
			checkCname(alias, findings);
			checkOwners(deployment, alias, findings);
			checkOtherHolders(alias, findings);
		}
		return findings;
	}

	private void checkCname(Alias alias, List<Finding> findings) throws DirectoryException {
		String fqdn = alias.effectiveFqdn();
		String expected = alias.effectiveCanonicalName();
		if (fqdn == null || expected == null) {
			return;
		}
		Optional<String> actual = dns.canonicalNameOf(fqdn);
		if (actual.isEmpty()) {
			findings.add(finding(Rule.ALIAS_CNAME_MISSING, alias, "DNS has no CNAME record " + fqdn
					+ ": clients cannot resolve the alias " + alias.getName() + ". Add the CNAME " + fqdn + " -> " + expected + "."));
		} else if (!actual.get().equalsIgnoreCase(expected)) {
			findings.add(finding(Rule.ALIAS_CNAME_WRONG_TARGET, alias, "DNS has the CNAME " + fqdn + " -> " + actual.get()
					+ ", not -> " + expected + ": clients of the alias " + alias.getName() + " reach another host. Point it at " + expected + "."));
		}
	}

	private void checkOwners(Deployment deployment, Alias alias, List<Finding> findings) throws DirectoryException {
		Set<String> hosts = hostsOf(alias);
		for (Principal owner : alias.spnOwners()) {
			Optional<DirectoryAccount> account = account(owner);
			if (account.isEmpty()) {
				findings.add(finding(Rule.SPN_MISSING, alias, "The directory has no account " + owner.samAccountName() + " ("
						+ owner.qualifiedAccountName() + "), which must hold the SPNs of " + alias.getName() + ". Check the model's account name."));
				continue;
			}
			for (ServicePrincipalName required : deployment.requiredSpns()) {
				if (required.getOwner() == owner && hosts.contains(lower(required.getHost())) && !account.get().holds(required.text())) {
					findings.add(finding(Rule.SPN_MISSING, alias, "In the directory, " + owner.qualifiedAccountName() + " has no SPN "
							+ required.text() + ": clients that call " + alias.getName() + " get no ticket it can decrypt. Register it (setspn -S "
							+ required.text() + " " + owner.qualifiedAccountName() + ")."));
				}
			}
			if (owner instanceof ServiceAccount) {
				checkServerSpns(alias, owner, account.get(), findings);
			}
		}
	}

	private static void checkServerSpns(Alias alias, Principal owner, DirectoryAccount account, List<Finding> findings) {
		Set<String> servers = new LinkedHashSet<>();
		for (WebServer server : alias.getTargets()) {
			servers.add(lower(server.getName()));
			servers.add(lower(server.effectiveFqdn()));
		}
		for (String spn : account.servicePrincipalNames()) {
			SpnText text = SpnText.parse(spn);
			if (text != null && text.isHttpClass() && servers.contains(text.host())) {
				findings.add(finding(Rule.SPN_SERVER_ON_ACCOUNT, owner, "In the directory, " + owner.qualifiedAccountName()
						+ " holds " + spn + ", an SPN of the real server: it belongs to the computer account, and clients that call the server by name get tickets "
						+ "for the wrong account. Remove it (setspn -D " + spn + " " + owner.qualifiedAccountName() + ")."));
			}
		}
	}

	private void checkOtherHolders(Alias alias, List<Finding> findings) throws DirectoryException {
		Set<String> hosts = hostsOf(alias);
		Set<String> owners = new LinkedHashSet<>();
		alias.spnOwners().forEach(owner -> owners.add(lower(owner.samAccountName())));
		for (DirectoryAccount holder : directory.holdersOf(hosts)) {
			if (owners.contains(lower(holder.samAccountName()))) {
				continue;
			}
			for (String spn : holder.servicePrincipalNames()) {
				SpnText text = SpnText.parse(spn);
				if (text == null || !text.isHttpClass() || !hosts.contains(text.host())) {
					continue;
				}
				if (text.serviceClass().equals("http")) {
					findings.add(finding(Rule.SPN_HTTP_HIJACK, alias, "In the directory, " + holder.samAccountName() + " holds " + spn
							+ ": the KDC encrypts tickets for " + alias.getName() + " with that account's key, so the app pool cannot decrypt them "
							+ "although host/ is right. Remove it (setspn -D " + spn + " " + holder.samAccountName() + ")."));
				} else {
					findings.add(finding(Rule.SPN_ON_OTHER_PRINCIPAL, alias, "In the directory, " + holder.samAccountName() + " holds " + spn
							+ ", which the alias's pool account must hold (duplicate SPNs break Kerberos for both). Remove it (setspn -D " + spn
							+ " " + holder.samAccountName() + ")."));
				}
			}
		}
	}

	private Optional<DirectoryAccount> account(Principal owner) throws DirectoryException {
		String key = lower(owner.samAccountName());
		Optional<DirectoryAccount> account = accounts.get(key);
		if (account == null) {
			account = directory.account(owner.samAccountName());
			accounts.put(key, account);
		}
		return account;
	}

	private static Set<String> hostsOf(Alias alias) {
		Set<String> hosts = new LinkedHashSet<>();
		if (alias.getName() != null) {
			hosts.add(lower(alias.getName()));
		}
		if (alias.effectiveFqdn() != null) {
			hosts.add(lower(alias.effectiveFqdn()));
		}
		return hosts;
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	private static Finding finding(Rule rule, EObject target, String message) {
		return new Finding(rule, message, target, null, -1, List.of());
	}
}
