/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * CCF &gt; Generate Remediation, on the main toolbar, and in the context menus of a {@code .ccf} file or a CCF project in
 * the Project Explorer and of the editor: on the selected model, else on the active editor's.
 */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IFile model = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				? GenerateWizard.modelOf(selection) : null;
		if (model == null && HandlerUtil.getActiveEditorInput(event) != null) {
			model = HandlerUtil.getActiveEditorInput(event).getAdapter(IFile.class);
		}
		if (model != null) {
			new WizardDialog(HandlerUtil.getActiveShell(event), new GenerateWizard(model)).open();
		}
		return null;
	}
}
