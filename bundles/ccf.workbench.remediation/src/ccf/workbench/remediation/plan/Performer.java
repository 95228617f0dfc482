/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.List;

/**
 * Who runs a group of steps and where: a role, the name of what it works on (the DNS zone, the domain, a server or a
 * client group) and the computers the steps run on.
 *
 * @param name  the zone, domain, server or client group
 * @param hosts the computers the steps run on (the DNS server, the client hosts, ...)
 */
public record Performer(Role role, String name, List<String> hosts) {

	public Performer {
		hosts = List.copyOf(hosts);
	}
}
