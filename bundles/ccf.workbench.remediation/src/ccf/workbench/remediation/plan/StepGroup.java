/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.List;

/**
 * The steps one performer runs, in order.
 *
 * @param id a stable identifier, also the folder of the group's scripts, e.g. {@code 03-iis-CCFIIS}
 */
public record StepGroup(String id, Performer performer, List<Step> steps) {

	public StepGroup {
		steps = List.copyOf(steps);
	}
}
