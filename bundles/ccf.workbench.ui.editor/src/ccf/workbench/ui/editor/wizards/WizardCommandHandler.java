/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * Opens one of the CCF wizards from a menu, the main toolbar or a context menu, on the current selection. (The
 * platform's parameterised New and Import commands are taken by the File menu's actions, which ignore the parameter.)
 */
public abstract class WizardCommandHandler extends AbstractHandler {

	/** @return the wizard's entry in the workbench's registry */
	protected abstract IWizardDescriptor descriptor(IWorkbench workbench);

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbench workbench = HandlerUtil.getActiveWorkbenchWindowChecked(event).getWorkbench();
		IStructuredSelection selection = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection structured
				? structured : StructuredSelection.EMPTY;
		try {
			IWorkbenchWizard wizard = descriptor(workbench).createWizard();
			wizard.init(workbench, selection);
			new WizardDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
		} catch (CoreException e) {
			throw new ExecutionException("The wizard could not be created", e);
		}
		return null;
	}

	/** File &gt; New &gt; CCF Deployment. */
	public static final class NewDeployment extends WizardCommandHandler {
		@Override
		protected IWizardDescriptor descriptor(IWorkbench workbench) {
			return workbench.getNewWizardRegistry().findWizard("ccf.workbench.ui.editor.newDeployment");
		}
	}

	/** File &gt; Import &gt; CCF Configuration Files. */
	public static final class ImportConfiguration extends WizardCommandHandler {
		@Override
		protected IWizardDescriptor descriptor(IWorkbench workbench) {
			return workbench.getImportWizardRegistry().findWizard("ccf.workbench.ui.editor.importConfiguration");
		}
	}
}
