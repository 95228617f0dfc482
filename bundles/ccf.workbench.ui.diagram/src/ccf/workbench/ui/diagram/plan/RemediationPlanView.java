/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.GenerationException;
import ccf.workbench.remediation.RemediationGenerator;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;
import ccf.workbench.ui.diagram.view.BackgroundReader;
import ccf.workbench.ui.diagram.view.CcfEditorTracker;
import ccf.workbench.ui.diagram.view.DeploymentSnapshot;

/**
 * The remediation plan of the deployment in the active .ccf editor: its steps in order, grouped by who runs them
 * and where, each with what it does. Double-clicking a step shows all the plan says about it and its part of the
 * generated PowerShell script.
 */
public class RemediationPlanView extends ViewPart {

	public static final String ID = "ccf.workbench.ui.diagram.plan";

	private TreeViewer viewer;
	private CcfEditorTracker tracker;
	private RemediationPlan plan;
	private BackgroundReader<PlanOutcome> reader;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.setContentProvider(new PlanContent());
		column("Step", 380, element -> element instanceof StepGroup group ? StepText.group(group)
				: element instanceof Step step ? StepText.step(step) : "");
		column("Action", 480, element -> element instanceof Step step ? StepText.action(step.action()) : "");
		viewer.addDoubleClickListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof Step step) {
				new StepDialog(viewer.getControl().getShell(), step, preview(step)).open();
			} else if (chosen != null) {
				viewer.setExpandedState(chosen, !viewer.getExpandedState(chosen));
			}
		});
		getSite().setSelectionProvider(viewer);
		reader = new BackgroundReader<>(viewer.getControl(), "Remediation plan of the .ccf editor");
		tracker = new CcfEditorTracker(getSite().getPage(), this::show);
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	/** A plan, or why there is none. */
	private record PlanOutcome(RemediationPlan plan, String problem) {
	}

	private void show(ITextEditor editor) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (editor == null) {
			reader.cancel();
			display(new PlanOutcome(null, "Open a .ccf file to see its remediation plan."));
			return;
		}
		reader.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()), (deployment, regions) -> {
			try {
				// The plan of a model with blocking findings is shown too: what it would do so far.
				RemediationPlan planned = new RemediationGenerator().force(true).plan(deployment);
				return new PlanOutcome(planned, planned.deployment() + ": " + planned.steps().count() + " steps in "
						+ planned.groups().size() + " groups");
			} catch (GenerationException e) {
				return new PlanOutcome(null, "No plan: " + e.getMessage());
			}
		}, outcome -> display(outcome.orElse(new PlanOutcome(null, ""))));
	}

	private void display(PlanOutcome outcome) {
		plan = outcome.plan();
		viewer.setInput(plan);
		viewer.expandAll();
		viewer.getTree().getColumn(0).pack();
		setContentDescription(outcome.problem());
	}

	/** The step's detail, with its part of the generated PowerShell script when there is one. */
	public String preview(Step step) {
		StringBuilder text = new StringBuilder(StepText.detail(step));
		StepGroup group = plan == null ? null
				: plan.groups().stream().filter(g -> g.steps().contains(step)).findFirst().orElse(null);
		ITextEditor editor = tracker == null ? null : tracker.editor();
		if (group == null || editor == null) {
			return text.toString();
		}
		try {
			List<Artifact> artifacts = DeploymentSnapshot.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()),
					(deployment, regions) -> {
						try {
							return new RemediationGenerator().force(true).generate(deployment);
						} catch (GenerationException e) {
							return List.<Artifact>of();
						}
					}).orElse(List.of());
			StepScript.excerpt(artifacts, group, step).ifPresent(script -> text.append("\n").append(group.id())
					.append("/remediate.ps1:\n\n").append(script));
		} catch (RuntimeException e) {
			text.append("\n(no script: ").append(e.getMessage()).append(')');
		}
		return text.toString();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public RemediationPlan plan() {
		return plan;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (reader != null) {
			reader.cancel();
		}
		super.dispose();
	}

	private static final class PlanContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof RemediationPlan shown ? shown.groups().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof StepGroup group ? group.steps().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof StepGroup group && !group.steps().isEmpty();
		}
	}

	/** A step's detail, read-only. */
	static final class StepDialog extends Dialog {
		private final Step step;
		private final String preview;

		StepDialog(Shell shell, Step step, String preview) {
			super(shell);
			this.step = step;
			this.preview = preview;
			setShellStyle(getShellStyle() | SWT.RESIZE);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Step " + step.number());
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
			text.setFont(JFaceResources.getTextFont());
			text.setText(preview);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.widthHint = 760;
			data.heightHint = 420;
			text.setLayoutData(data);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}
}
