/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

/** A rectangle of a diagram in its coordinates: the part a paint covers. */
record DiagramArea(double left, double top, double right, double bottom) {

	/** Whether the rectangle at (x, y) of this size, widened by {@code margin} on each side, meets this area. */
	boolean meets(double x, double y, double width, double height, double margin) {
		return x - margin <= right && x + width + margin >= left && y - margin <= bottom && y + height + margin >= top;
	}
}
