/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.ConfigsLocalCopyRewriter;
import ccf.workbench.remediation.Dialect;
import ccf.workbench.remediation.GenerationException;
import ccf.workbench.remediation.RemediationGenerator;
import ccf.workbench.remediation.output.OutputConflictException;
import ccf.workbench.remediation.output.OutputFolder;
import ccf.workbench.ui.editor.ProjectModels;

/**
 * Generate the remediation of a model: choose the dialects and the output folder, preview every file (the rewritten
 * configuration files side by side with their local copies in the Compare viewer), then write them.
 */
public class GenerateWizard extends Wizard {

	private final IFile model;
	private OptionsPage options;
	private PreviewPage preview;
	private List<Artifact> artifacts = List.of();

	public GenerateWizard(IFile model) {
		this.model = model;
		setWindowTitle("Generate the KB 969803 Remediation");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		options = new OptionsPage();
		preview = new PreviewPage();
		addPage(options);
		addPage(preview);
	}

	/**
	 * Generates in memory, for the preview; the model's blocking problems stop it with their message. Runs with the
	 * wizard's progress bar and its Cancel button.
	 */
	boolean generate() {
		Set<Dialect> dialects = options.dialects();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Generating the remediation of " + model.getName(), 3);
				try {
					progress.subTask("Loading the models of " + model.getProject().getName());
					WorkspaceModels.Loaded loaded = WorkspaceModels.load(model);
					progress.worked(1);
					if (!loaded.blocking().isEmpty()) {
						throw new InvocationTargetException(new GenerationException("The model has errors that leave no "
								+ "correct plan: " + loaded.blocking().get(0) + (loaded.blocking().size() > 1
										? " (and " + (loaded.blocking().size() - 1) + " more)" : ""), List.of()));
					}
					progress.subTask("Planning and rendering every file");
					Path folder = model.getParent().getLocation().toPath();
					artifacts = new RemediationGenerator().dialects(dialects).force(true)
							.localCopies(new ConfigsLocalCopyRewriter(), folder)
							.generate(loaded.deployment(), progress::isCanceled);
				} catch (GenerationException | CoreException | java.io.IOException e) {
					throw new InvocationTargetException(e);
				} catch (CancellationException e) {
					throw new InterruptedException(e.getMessage());
				}
				progress.worked(2);
			});
			options.setErrorMessage(null);
			return true;
		} catch (InvocationTargetException e) {
			options.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			options.setErrorMessage("The generation was cancelled.");
			return false;
		}
	}

	/** Writes the files through the output folder, which switches to the new set at once or, cancelled, keeps the old. */
	@Override
	public boolean performFinish() {
		if (artifacts.isEmpty() && !generate()) {
			return false;
		}
		IContainer target = options.target();
		WizardPage page = (WizardPage) getContainer().getCurrentPage();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Writing " + artifacts.size() + " files into "
						+ target.getFullPath(), 3);
				try {
					new OutputFolder(target.getLocation().toPath()).write(artifacts, progress::isCanceled);
					progress.worked(2);
					target.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
				} catch (OutputConflictException | java.io.IOException | CoreException e) {
					throw new InvocationTargetException(e);
				} catch (CancellationException e) {
					throw new InterruptedException(e.getMessage());
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Nothing was written: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			page.setErrorMessage("Cancelled: nothing was written, " + target.getFullPath() + " keeps its previous files.");
			return false;
		}
	}

	List<Artifact> artifacts() {
		return artifacts;
	}

	/** The dialects and the output folder. */
	final class OptionsPage extends WizardPage {

		private final List<Button> dialectButtons = new ArrayList<>();
		private Text folder;

		OptionsPage() {
			super("options");
			setTitle("Generate the Remediation");
			setDescription("Scripts, configuration changes, T-SQL and the runbook of KB 969803 for " + model.getName() + ".");
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("Dialects:");
			Composite buttons = new Composite(composite, SWT.NONE);
			buttons.setLayout(new GridLayout(3, false));
			for (Dialect dialect : Dialect.values()) {
				Button button = new Button(buttons, SWT.CHECK);
				button.setText(label(dialect));
				button.setData(dialect);
				button.setSelection(true);
				button.addListener(SWT.Selection, event -> validate());
				dialectButtons.add(button);
			}
			new Label(composite, SWT.NONE).setText("&Output folder:");
			folder = new Text(composite, SWT.BORDER);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.setText(model.getProject().getFullPath().append("remediation").toString());
			folder.addModifyListener(event -> validate());
			setControl(composite);
			validate();
		}

		private String label(Dialect dialect) {
			return switch (dialect) {
			case POWERSHELL -> "&PowerShell";
			case CMD -> "&cmd (dnscmd, setspn, appcmd)";
			case SAMBA -> "&samba-tool (bash)";
			};
		}

		private void validate() {
			String problem = null;
			if (dialects().isEmpty()) {
				problem = "Choose at least one dialect.";
			} else if (!org.eclipse.core.runtime.Path.ROOT.isValidPath(folder.getText())
					|| org.eclipse.core.runtime.Path.fromPortableString(folder.getText()).segmentCount() < 2) {
				problem = "The output folder must be a folder inside a project, e.g. /"
						+ model.getProject().getName() + "/remediation.";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		Set<Dialect> dialects() {
			Set<Dialect> chosen = EnumSet.noneOf(Dialect.class);
			dialectButtons.stream().filter(Button::getSelection).forEach(b -> chosen.add((Dialect) b.getData()));
			return chosen;
		}

		IContainer target() {
			return ResourcesPlugin.getWorkspace().getRoot()
					.getFolder(org.eclipse.core.runtime.Path.fromPortableString(folder.getText()));
		}

		@Override
		public boolean canFlipToNextPage() {
			return isPageComplete();
		}

		@Override
		public org.eclipse.jface.wizard.IWizardPage getNextPage() {
			if (!generate()) {
				return null;
			}
			preview.show(artifacts);
			return preview;
		}
	}

	/** Every file, with its content; configuration files compared with their local copies. */
	final class PreviewPage extends WizardPage {

		private TableViewer table;
		private Text content;

		PreviewPage() {
			super("preview");
			setTitle("Preview");
			setDescription("The files to write. Double-click a rewritten configuration file to compare it with its local copy.");
		}

		@Override
		public void createControl(Composite parent) {
			SashForm sash = new SashForm(parent, SWT.VERTICAL);
			table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
			table.getTable().setHeaderVisible(true);
			column("File", 420, a -> a.path());
			column("Bytes", 80, a -> Integer.toString(a.content().length));
			table.setContentProvider(ArrayContentProvider.getInstance());
			content = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
			content.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
			sash.setWeights(45, 55);
			table.addSelectionChangedListener(event -> {
				if (event.getStructuredSelection().getFirstElement() instanceof Artifact artifact) {
					content.setText(printable(artifact));
				}
			});
			table.addDoubleClickListener(event -> {
				if (event.getSelection() instanceof IStructuredSelection selection
						&& selection.getFirstElement() instanceof Artifact artifact
						&& artifact.path().startsWith("local-copies/")) {
					compare(artifact);
				}
			});
			setControl(sash);
		}

		private void column(String title, int width, java.util.function.Function<Artifact, String> text) {
			TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Artifact) element);
				}
			});
		}

		void show(List<Artifact> shown) {
			table.setInput(shown);
			setMessage(shown.size() + " files; Finish writes them into " + options.target().getFullPath() + ".");
		}

		private static String printable(Artifact artifact) {
			byte[] bytes = artifact.content();
			if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
				return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}

		private void compare(Artifact artifact) {
			String name = artifact.path().substring(artifact.path().lastIndexOf('/') + 1);
			Path original = findLocalCopy(name);
			byte[] before;
			try {
				before = original == null ? new byte[0] : Files.readAllBytes(original);
			} catch (java.io.IOException e) {
				before = new byte[0];
			}
			CompareConfiguration configuration = new CompareConfiguration();
			configuration.setLeftLabel(name + " (local copy)");
			configuration.setRightLabel(name + " (rewritten)");
			byte[] left = before;
			CompareUI.openCompareDialog(new CompareEditorInput(configuration) {
				@Override
				protected Object prepareInput(IProgressMonitor monitor) {
					return new DiffNode(new Side(name, left), new Side(name, artifact.content()));
				}
			});
		}

		private Path findLocalCopy(String name) {
			Path root = model.getProject().getLocation().toPath();
			try (var files = Files.walk(root)) {
				return files.filter(p -> p.getFileName().toString().equals(name)).filter(p -> !p.startsWith(
						options.target().getLocation().toPath())).findFirst().orElse(null);
			} catch (java.io.IOException e) {
				return null;
			}
		}
	}

	/** One side of a comparison: bytes with a name. */
	private record Side(String getName, byte[] bytes) implements ITypedElement, IStreamContentAccessor {

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public java.io.InputStream getContents() {
			return new java.io.ByteArrayInputStream(bytes);
		}
	}

	/** @return the selected {@code .ccf} file of a selection, or the first model of a selected CCF project, or null */
	public static IFile modelOf(IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		IFile file = first instanceof IFile f ? f : org.eclipse.core.runtime.Adapters.adapt(first, IFile.class);
		if (file == null && org.eclipse.core.runtime.Adapters.adapt(first, IProject.class) instanceof IProject project
				&& project.isOpen()) {
			try {
				file = ProjectModels.of(project).stream().findFirst().orElse(null);
			} catch (CoreException e) {
				return null;
			}
		}
		return file != null && ProjectModels.isModel(file) ? file : null;
	}
}
