/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.List;

import ccf.workbench.model.deployment.Deployment;

/**
 * Checks a deployment against every rule of KB 969803 and the structural rules that make generated scripts safe.
 * Runs in time linear in the size of the model (indexes by name, no pairwise scans), without OSGi or UI.
 * <p>
 * Quick-fix data per rule ({@link Finding#fixData()}):
 * <ul>
 * <li>{@code endpoint-names-real-server}: the old host, the new host (the alias, its FQDN for an FQDN), the
 * rewritten URL</li>
 * <li>{@code alias-cname-missing}, {@code alias-cname-wrong-target}: the record name, the canonical name</li>
 * <li>{@code spn-missing}: the SPN, the owner's model name</li>
 * <li>{@code spn-on-other-principal}, {@code spn-http-hijack}, {@code spn-server-on-account}, {@code spn-duplicate}:
 * the SPN, the model name of the principal that holds it</li>
 * <li>{@code app-pool-credentials-missing}: the location path</li>
 * <li>{@code alias-not-in-intranet-zone}: the site to add ({@code http://<alias FQDN>})</li>
 * <li>{@code account-without-domain}: the name of the deployment's only domain, when it has one</li>
 * </ul>
 */
public final class DeploymentRules {

	private DeploymentRules() {
	}

	/** @return the findings, in model order within each group of rules */
	public static List<Finding> check(Deployment deployment) {
		Findings findings = new Findings();
		DeploymentIndex index = new DeploymentIndex(deployment);
		new NameRules(index, findings).check(deployment);
		new KerberosRules(index, findings).check(deployment);
		new ConfigurationRules(index, findings).check(deployment);
		return List.copyOf(findings.list());
	}

	/** Whether any finding stops generation. */
	public static boolean blocksGeneration(List<Finding> findings) {
		return findings.stream().anyMatch(Finding::blocksGeneration);
	}
}
