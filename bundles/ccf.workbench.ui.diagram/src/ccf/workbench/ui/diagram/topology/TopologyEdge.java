/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.topology;

import java.util.List;

/**
 * A step of the Kerberos path between two nodes: a URL naming a host, a CNAME, a pool running as an account, an SPN
 * that the ticket for an alias needs.
 *
 * @param label    what the step is, e.g. {@code host/CCFIISAlias}, or empty
 * @param problems why the step fails (a missing SPN), empty when it holds
 */
public record TopologyEdge(String sourceId, String targetId, String label, List<String> problems) {

	public TopologyEdge {
		problems = List.copyOf(problems);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
