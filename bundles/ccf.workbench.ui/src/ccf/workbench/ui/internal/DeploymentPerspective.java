/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import ccf.workbench.ui.explorer.DeploymentExplorer;

/**
 * The deployment perspective: the workspace's deployment projects and the deployment explorer on the left, the
 * {@code .ccf} editors in the middle, the properties of the selection and the problems of the workspace below.
 */
public class DeploymentPerspective implements IPerspectiveFactory {

	public static final String ID = "ccf.workbench.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(DeploymentExplorer.ID, IPageLayout.LEFT, 0.28f, editors);
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.BOTTOM, 0.6f, DeploymentExplorer.ID);
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.7f, editors);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.5f, IPageLayout.ID_PROBLEM_VIEW);
		layout.getViewLayout(DeploymentExplorer.ID).setCloseable(false);
		layout.addNewWizardShortcut("ccf.workbench.ui.editor.newDeployment");
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(DeploymentExplorer.ID);
	}
}
