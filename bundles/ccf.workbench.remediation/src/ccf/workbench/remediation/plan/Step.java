/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

import java.util.List;

/**
 * One step of the remediation: what must hold before it, the action, how to check that it worked and how to undo it.
 * The texts are for people (runbook, plan.json); the renderers write the commands from the {@link Action}.
 *
 * @param id            stable identifier, unique in the plan, e.g. {@code spn-register-host-ccfiisalias-aspuser}
 * @param number        the position in the whole plan, from 1
 * @param articleStep   the step of KB 969803 it implements, e.g. "1" or "IIS 7 note"
 * @param title         one line, e.g. "Register host/CCFIISAlias on FABRIKAM\ASPUSER"
 * @param preconditions what must hold before it runs
 * @param verification  how to see that it worked
 * @param undo          how to undo it
 */
public record Step(String id, int number, String articleStep, String title, List<String> preconditions, Action action,
		String verification, String undo) {

	public Step {
		preconditions = List.copyOf(preconditions);
	}
}
