/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * An ELK progress monitor that stops a layout when asked to. ELK's layered algorithm asks {@link #isCanceled()} only
 * between the connected parts of a graph, but starts a sub-task for each of its phases: a stopped layout ends there.
 */
final class StoppableMonitor extends BasicProgressMonitor {

	private final BooleanSupplier stop;

	StoppableMonitor(BooleanSupplier stop) {
		this.stop = stop;
	}

	@Override
	public boolean isCanceled() {
		return stop.getAsBoolean();
	}

	@Override
	protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
		if (stop.getAsBoolean()) {
			throw new OperationCanceledException();
		}
		StoppableMonitor subTask = new StoppableMonitor(stop);
		subTask.withMaxHierarchyLevels(maxHierarchyLevels > 0 ? maxHierarchyLevels - 1 : maxHierarchyLevels);
		return subTask;
	}
}
