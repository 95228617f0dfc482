/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.configs.importer.ConfigImporter;
import ccf.workbench.configs.importer.ImportProgress;
import ccf.workbench.configs.importer.ImportRequest;
import ccf.workbench.configs.importer.ImportResult;
import ccf.workbench.dsl.CcfText;
import ccf.workbench.ui.editor.CcfLanguage;
import ccf.workbench.ui.editor.CcfProjectNature;

/**
 * File > Import > CCF Workbench > Configuration Files: the configuration files copied off a CCF installation become a
 * deployment project: the files go to {@code configs/} as the model's local copies, and the model is built from them
 * (as {@code ccfw import} does) and opened, with the problems the files show.
 */
public class ImportConfigurationWizard extends Wizard implements IImportWizard {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	private IWorkbench workbench;
	private Page page;

	public ImportConfigurationWizard() {
		setWindowTitle("Import CCF Configuration Files");
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
		Path source = Path.of(page.value("source"));
		String projectName = page.value("project");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		IFile model = project.getFile(projectName + ".ccf");
		ImportRequest.ClientPaths clients = new ImportRequest.ClientPaths(blankToNull(page.value("agentDesktopPath")),
				blankToNull(page.value("mmcPath")));
		// The widgets are read here, on the UI thread; the import runs in the background.
		// Inputs and model folder are set once the project exists (see importInto).
		ImportRequest request = new ImportRequest(projectName, page.value("server"), page.value("fqdn"),
				page.value("alias"), page.value("domain"), page.value("dnsDomain"), page.value("account"), List.of(),
				source, clients);
		boolean created = !project.exists();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					importInto(project, source, model, request, monitor);
				} catch (CoreException | IOException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException | CancellationException e) {
					throw new InterruptedException();
				}
			});
			IDE.openEditor((workbench != null ? workbench : org.eclipse.ui.PlatformUI.getWorkbench())
					.getActiveWorkbenchWindow().getActivePage(), model, true);
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("The import failed: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			page.setErrorMessage(created && removeCancelled(project) ? "The import was cancelled; the new project was removed."
					: "The import was cancelled; " + projectName + " holds the copies made so far, and its model is unchanged.");
			return false;
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** @return whether the project a cancelled import created is gone */
	private static boolean removeCancelled(IProject project) {
		try {
			project.delete(true, true, null);
			return true;
		} catch (CoreException e) {
			return false;
		}
	}

	private static void importInto(IProject project, Path source, IFile model, ImportRequest planned,
			IProgressMonitor monitor) throws CoreException, IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(source, 32)) {
			files = walk.filter(Files::isRegularFile)
					.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".config")).sorted().toList();
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source, 2 * files.size() + 4);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		project.open(progress.split(1));
		CcfProjectNature.addTo(project, progress.split(1));
		IFolder configs = project.getFolder("configs");
		for (Path file : files) {
			progress.subTask(source.relativize(file).toString());
			IFile copy = configs.getFile(source.relativize(file).toString().replace('\\', '/'));
			createParents(copy.getParent(), progress.split(0));
			try (InputStream in = Files.newInputStream(file)) {
				if (copy.exists()) {
					copy.setContents(in, true, true, progress.split(1));
				} else {
					copy.create(in, true, progress.split(1));
				}
			}
		}
		Path folder = project.getLocation().toPath();
		ImportRequest request = new ImportRequest(planned.deploymentName(), planned.server(), planned.serverFqdn(),
				planned.alias(), planned.domain(), planned.dnsDomain(), planned.account(),
				List.of(configs.getLocation().toPath()), folder, planned.clientPaths());
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		ImportResult result = ConfigImporter.run(request, resourceSet, new ImportProgress() {
			@Override
			public void reading(Path file, int index, int count) {
				progress.subTask("Reading " + file.getFileName() + " (" + (index + 1) + " of " + count + ")");
				progress.worked(1);
			}

			@Override
			public boolean isCancelled() {
				return progress.isCanceled();
			}
		});
		String text = CcfText.of(resourceSet, result.deployment(),
				URI.createPlatformResourceURI(model.getFullPath().toString(), true),
				"Imported from the configuration files in configs/ (local copies, relative to this file).");
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (model.exists()) {
			model.setContents(new java.io.ByteArrayInputStream(bytes), true, true, progress.split(1));
		} else {
			model.create(new java.io.ByteArrayInputStream(bytes), true, progress.split(1));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
	}

	private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Where the files are, and the names they cannot tell. */
	final class Page extends WizardPage {

		private final java.util.Map<String, Text> fields = new java.util.LinkedHashMap<>();

		Page() {
			super("configuration");
			setTitle("CCF Configuration Files");
			setDescription("A folder with AgentDesktop.exe.config, Mmc.exe.config, the services' Web.config files and "
					+ "applicationHost.config, as copied off the machines.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(3, false));
			field(composite, "source", "&Folder:", "");
			Button browse = new Button(composite, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, event -> {
				String chosen = new DirectoryDialog(getShell()).open();
				if (chosen != null) {
					fields.get("source").setText(chosen);
				}
			});
			field(composite, "project", "&Project:", "Fabrikam");
			field(composite, "server", "IIS &server (NetBIOS):", "CCFIIS");
			field(composite, "fqdn", "Server &FQDN:", "ccfiis.fabrikam.com");
			field(composite, "alias", "&Alias:", "CCFIISAlias");
			field(composite, "domain", "&Domain (NetBIOS):", "FABRIKAM");
			field(composite, "dnsDomain", "D&NS domain:", "fabrikam.com");
			field(composite, "account", "App-pool a&ccount:", "FABRIKAM\\ASPUSER");
			field(composite, "agentDesktopPath", "AgentDesktop.exe.config on the clients:", "");
			field(composite, "mmcPath", "Mmc.exe.config on the clients:", "");
			setControl(composite);
			validate();
		}

		private void field(Composite composite, String key, String label, String initial) {
			new Label(composite, SWT.NONE).setText(label);
			Text text = new Text(composite, SWT.BORDER);
			text.setText(initial);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, key.equals("source") ? 1 : 2, 1));
			text.addModifyListener(event -> validate());
			fields.put(key, text);
		}

		String value(String key) {
			return fields.get(key).getText().trim();
		}

		private void validate() {
			String problem = null;
			if (value("source").isEmpty() || !Files.isDirectory(Path.of(value("source")))) {
				problem = "Choose the folder that holds the copied configuration files.";
			} else if (!NAME.matcher(value("project")).matches()) {
				problem = "The project name must start with a letter and hold only letters, digits, '-' and '_'.";
			} else if (!NAME.matcher(value("server")).matches() || !NAME.matcher(value("domain")).matches()
					|| !NAME.matcher(value("alias").split("\\.")[0]).matches()) {
				problem = "The server, the alias and the domain must be names: a letter, then letters, digits, '-', '_'.";
			} else if (!value("account").matches("[^\\\\]+\\\\[^\\\\]+")) {
				problem = "Give the app-pool account as DOMAIN\\user.";
			} else if (value("fqdn").isEmpty() || value("dnsDomain").isEmpty()) {
				problem = "Give the server's FQDN and the domain's DNS name.";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
