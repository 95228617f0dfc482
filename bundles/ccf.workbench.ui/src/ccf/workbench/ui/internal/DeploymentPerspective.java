/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import ccf.workbench.ui.explorer.DeploymentExplorer;

/**
 * The deployment perspective: the explorer on the left, the properties of its selection beside it. The editor
 * area stays hidden until the workbench has editors to show in it.
 */
public class DeploymentPerspective implements IPerspectiveFactory {

	public static final String ID = "ccf.workbench.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(DeploymentExplorer.ID, IPageLayout.LEFT, 0.4f, editors);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.4f, editors);
		layout.getViewLayout(DeploymentExplorer.ID).setCloseable(false);
	}
}
