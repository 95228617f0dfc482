/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.topology;

/** Where an element is written in the .ccf text; {@link #NONE} for elements the text does not hold. */
public record TextRegion(int offset, int length) {

	public static final TextRegion NONE = new TextRegion(-1, 0);

	public boolean exists() {
		return offset >= 0;
	}
}
