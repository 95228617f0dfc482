/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.QuickFix.Edit;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.query.HostQueries;
import ccf.workbench.model.query.SpnQueries;
import ccf.workbench.model.validation.Rule;

/**
 * The quick fixes that are edits of the model, written into the text by {@link CcfModelEdits}: an SPN removed from or
 * moved to a principal, a CNAME pointed at its server, kernel-mode authentication turned off on IIS 6, an alias added,
 * a service put in a pool of its server.
 */
class ModelEditFixes {

	private static final DeploymentPackage P = DeploymentPackage.eINSTANCE;

	@Inject
	private CcfModelEdits edits;

	static boolean hasFix(Rule rule) {
		return switch (rule) {
		case SPN_DUPLICATE, SPN_HTTP_HIJACK, SPN_SERVER_ON_ACCOUNT, SPN_ON_OTHER_PRINCIPAL, SPN_WITHOUT_OWNER,
				ALIAS_CNAME_WRONG_TARGET, KERNEL_MODE_ON_IIS6, NO_ALIAS, SERVICE_WITHOUT_POOL -> true;
		default -> false;
		};
	}

	/** @param data the diagnostic's data, as the rule gives it */
	List<QuickFix> fixes(Rule rule, EObject target, String[] data) {
		List<QuickFix> fixes = new ArrayList<>();
		switch (rule) {
		case SPN_DUPLICATE, SPN_HTTP_HIJACK, SPN_SERVER_ON_ACCOUNT -> {
			if (target instanceof ServicePrincipalName spn && spn.getOwner() != null) {
				add(fixes, "Remove " + spn.text() + " from " + spn.getOwner().getName(), () -> edits.delete(spn));
			}
		}
		case SPN_ON_OTHER_PRINCIPAL, SPN_WITHOUT_OWNER -> {
			if (target instanceof ServicePrincipalName spn) {
				for (Principal owner : rightOwners(spn)) {
					String verb = spn.getOwner() == null ? "Register " : "Move ";
					add(fixes, verb + spn.text() + " to " + owner.getName(),
							() -> edits.set(spn, P.getServicePrincipalName_Owner(), owner));
				}
			}
		}
		case ALIAS_CNAME_WRONG_TARGET -> {
			if (target instanceof DnsRecord record && data.length >= 2) {
				add(fixes, "Point the CNAME to " + data[1], () -> edits.set(record, P.getDnsRecord_Data(), data[1]));
			}
		}
		case KERNEL_MODE_ON_IIS6 -> {
			if (target instanceof WebServer server) {
				add(fixes, "Turn kernel-mode authentication off on " + server.getName(),
						() -> edits.set(server, P.getWebServer_KernelModeAuthentication(), Boolean.FALSE));
			}
		}
		case NO_ALIAS -> {
			if (target instanceof WebServer server && server.eContainer() instanceof Deployment deployment) {
				Alias alias = DeploymentFactory.eINSTANCE.createAlias();
				alias.setName(CcfModelEdits.freeName(deployment, server.getName() + "Alias"));
				alias.getTargets().add(server);
				add(fixes, "Add alias " + alias.getName() + " for " + server.getName(),
						() -> edits.add(deployment, P.getDeployment_Aliases(), alias));
			}
		}
		case SERVICE_WITHOUT_POOL -> {
			if (target instanceof ServiceInstallation installation
					&& installation.eContainer() instanceof WebServer server) {
				for (AppPool pool : server.getAppPools()) {
					add(fixes, "Run " + installation.getService().getName() + " in pool " + pool.getName(),
							() -> edits.set(installation, P.getServiceInstallation_Pool(), pool));
				}
			}
		}
		default -> {
			// no fix of this kind
		}
		}
		return fixes;
	}

	/** The principals that must own an SPN of an alias (the pool accounts), or the computer an SPN names. */
	private static List<Principal> rightOwners(ServicePrincipalName spn) {
		Deployment deployment = spn.eContainer() instanceof Deployment d ? d : null;
		if (deployment == null || spn.getHost() == null) {
			return List.of();
		}
		for (Alias alias : deployment.getAliases()) {
			if (alias.isNamedBy(spn.getHost())) {
				return SpnQueries.owners(alias).stream().filter(owner -> owner != spn.getOwner()).toList();
			}
		}
		Host host = HostQueries.find(deployment, spn.getHost());
		return host == null || host == spn.getOwner() ? List.of() : List.of(host);
	}

	/** Adds the fix unless the text cannot take it; a refused edit is no fix to offer. */
	private static void add(List<QuickFix> fixes, String label, Supplier<List<Edit>> edit) {
		try {
			List<Edit> written = edit.get();
			if (!written.isEmpty()) {
				fixes.add(new QuickFix(label, written));
			}
		} catch (Refused e) {
			// the element is written in a way the edit cannot change; the message still says what to do
		}
	}
}
