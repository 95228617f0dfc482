/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import ccf.workbench.ui.editor.CcfProjectNature;

/**
 * File > New > CCF Deployment: a deployment project (checked by the CCF builder) with one model, the article's
 * deployment or an empty one, opened in the editor.
 */
public class NewDeploymentWizard extends Wizard implements INewWizard {

	public static final String ID = "ccf.workbench.ui.editor.newDeployment";
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	private IWorkbench workbench;
	private Page page;

	public NewDeploymentWizard() {
		setWindowTitle("New CCF Deployment");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.name();
		boolean article = page.article();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IFile file = project.getFile(name + ".ccf");
		String text = article ? DeploymentTemplates.article(name) : DeploymentTemplates.empty(name);
		IWorkspaceRunnable create = monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 3);
			project.create(progress.split(1));
			project.open(progress.split(1));
			CcfProjectNature.addTo(project, progress.split(1));
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, progress.split(1));
		};
		try {
			getContainer().run(true, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().run(create, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
			}
			return true;
		} catch (InvocationTargetException | PartInitException e) {
			Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
			page.setErrorMessage("The project could not be created: " + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The project's name and the template. */
	static final class Page extends WizardPage {

		private Text name;
		private Button article;

		Page() {
			super("deployment");
			setTitle("CCF Deployment");
			setDescription("A project with a deployment model, checked against KB 969803 as you edit it.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("&Name:");
			name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText("Fabrikam");
			name.addModifyListener(event -> validate());
			article = new Button(composite, SWT.RADIO);
			article.setText("The deployment of &KB 969803 (CCF 2009 on CCFIIS, before the fix)");
			article.setSelection(true);
			article.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			Button empty = new Button(composite, SWT.RADIO);
			empty.setText("An &empty deployment");
			empty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			setControl(composite);
			validate();
		}

		private void validate() {
			String value = name.getText().trim();
			String problem = null;
			if (!NAME.matcher(value).matches()) {
				problem = "The name must start with a letter and hold only letters, digits, '-' and '_'.";
			} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(value).exists()) {
				problem = "A project " + value + " exists already.";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		String name() {
			return name.getText().trim();
		}

		boolean article() {
			return article.getSelection();
		}
	}
}
