/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

import java.util.List;

/** One cell of the SPN matrix, with the messages of the findings about it. */
public record SpnCell(SpnCellState state, List<String> problems) {

	public static final SpnCell NONE = new SpnCell(SpnCellState.NONE, List.of());

	public SpnCell {
		problems = List.copyOf(problems);
	}
}
