/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ClientKind;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.remediation.plan.Performer;
import ccf.workbench.remediation.plan.StepGroup;

/**
 * The heading of a group of the plan: the host its steps run on and the role they need there, e.g. "CCFIIS — IIS
 * server (ccfiis.fabrikam.com)" or "DC01 — domain controller (domain admin of FABRIKAM)". Computed with the deployment
 * the plan was made from, which names the controllers and the kinds of clients.
 */
public final class GroupHeading {

	private GroupHeading() {
	}

	public static String of(StepGroup group, Deployment deployment) {
		Performer performer = group.performer();
		return switch (performer.role()) {
		case DNS_ADMIN -> hostNamed(deployment, performer.hosts().get(0)) + " — DNS server (zone " + performer.name() + ")";
		case DOMAIN_ADMIN -> controllerOf(deployment, performer.name()) + " — domain controller (domain admin of "
				+ performer.name() + ")";
		case IIS_SERVER -> performer.name() + " — IIS server" + within(performer.hosts());
		case SQL_SERVER -> performer.name() + " — SQL Server";
		case CLIENT_GROUP -> "client group " + performer.name() + " — " + clientKind(deployment, performer.name())
				+ within(performer.hosts());
		};
	}

	private static String within(List<String> hosts) {
		return hosts.isEmpty() ? "" : " (" + String.join(", ", hosts) + ")";
	}

	/** @return the model's name of the host that a plan names by its FQDN, else that name */
	private static String hostNamed(Deployment deployment, String hostName) {
		Stream<? extends Host> hosts = Stream.of(deployment.getWebServers().stream(), deployment.getSqlServers().stream(),
				deployment.getDomains().stream().flatMap(domain -> domain.getControllers().stream()))
				.flatMap(stream -> stream);
		return hosts.filter(host -> host.isNamedBy(hostName)).findFirst().map(NamedElement::getName).orElse(hostName);
	}

	private static String controllerOf(Deployment deployment, String domainName) {
		Optional<Domain> domain = deployment.getDomains().stream().filter(d -> domainName.equals(d.getName())).findFirst();
		return domain.flatMap(d -> d.getControllers().stream().findFirst()).map(NamedElement::getName).orElse(domainName);
	}

	private static String clientKind(Deployment deployment, String groupName) {
		ClientKind kind = deployment.getClientGroups().stream().filter(g -> groupName.equals(g.getName())).findFirst()
				.map(ClientGroup::getKind).orElse(null);
		return kind == ClientKind.MMC ? "MMC administration console" : kind == ClientKind.AGENT_DESKTOP ? "Agent Desktop"
				: "client computers";
	}
}
