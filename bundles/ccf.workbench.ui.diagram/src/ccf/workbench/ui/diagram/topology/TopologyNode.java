/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.topology;

import java.util.List;

/**
 * One element of the Kerberos path, as the diagram shows it.
 *
 * @param id       stable within one deployment, e.g. {@code alias:CCFIISAlias}
 * @param lines    the name first, then details (SPNs of an account, the CNAME target of an alias)
 * @param problems the messages of the model's findings on the element, empty when it is sound
 * @param region   where the element is written
 */
public record TopologyNode(String id, ElementKind kind, List<String> lines, List<String> problems, TextRegion region) {

	public TopologyNode {
		lines = List.copyOf(lines);
		problems = List.copyOf(problems);
	}

	public String name() {
		return lines.isEmpty() ? "" : lines.get(0);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
