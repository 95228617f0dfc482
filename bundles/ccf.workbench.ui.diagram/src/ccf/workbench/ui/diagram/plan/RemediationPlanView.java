/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.GenerationException;
import ccf.workbench.remediation.RemediationGenerator;
import ccf.workbench.remediation.StepArtifacts;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;
import ccf.workbench.ui.diagram.view.BackgroundReader;
import ccf.workbench.ui.diagram.view.CcfEditorTracker;
import ccf.workbench.ui.diagram.view.DeploymentSnapshot;

/**
 * The remediation plan of the deployment in the active .ccf editor: its steps in the order they run, grouped by the
 * host they run on and the role they need there, each with the generated file that carries it out. Double-clicking a
 * step opens a preview of that file, scrolled to the step.
 */
public class RemediationPlanView extends ViewPart {

	public static final String ID = "ccf.workbench.ui.diagram.plan";

	private TreeViewer viewer;
	private CcfEditorTracker tracker;
	private PlanOutcome shown = new PlanOutcome(null, Map.of(), "");
	private BackgroundReader<PlanOutcome> reader;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.setContentProvider(new PlanContent());
		column("Step", 380, element -> element instanceof StepGroup group ? heading(group)
				: element instanceof Step step ? StepText.step(step) : "");
		column("Generated file", 300, element -> element instanceof Step step ? StepArtifacts.of(groupOf(step), step) : "");
		column("Action", 480, element -> element instanceof Step step ? StepText.action(step.action()) : "");
		viewer.addDoubleClickListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof Step step) {
				new ArtifactPreviewDialog(viewer.getControl().getShell(), preview(step)).open();
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

	/** A plan with the headings of its groups, or why there is none. */
	private record PlanOutcome(RemediationPlan plan, Map<StepGroup, String> headings, String problem) {
	}

	private void show(ITextEditor editor) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (editor == null) {
			reader.cancel();
			display(new PlanOutcome(null, Map.of(), "Open a .ccf file to see its remediation plan."));
			return;
		}
		reader.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()), (deployment, regions) -> {
			try {
				// The plan of a model with blocking findings is shown too: what it would do so far.
				RemediationPlan planned = new RemediationGenerator().force(true).plan(deployment);
				Map<StepGroup, String> headings = new HashMap<>();
				planned.groups().forEach(group -> headings.put(group, GroupHeading.of(group, deployment)));
				return new PlanOutcome(planned, headings, planned.deployment() + ": " + planned.steps().count()
						+ " steps on " + planned.groups().size() + " hosts and roles");
			} catch (GenerationException e) {
				return new PlanOutcome(null, Map.of(), "No plan: " + e.getMessage());
			}
		}, outcome -> display(outcome.orElse(new PlanOutcome(null, Map.of(), ""))));
	}

	private void display(PlanOutcome outcome) {
		shown = outcome;
		viewer.setInput(outcome.plan());
		viewer.expandAll();
		viewer.getTree().getColumn(0).pack();
		setContentDescription(outcome.problem());
	}

	/** @return the heading of a group of the plan shown: its host and role */
	public String heading(StepGroup group) {
		return shown.headings().getOrDefault(group, StepText.group(group));
	}

	private StepGroup groupOf(Step step) {
		return shown.plan().groups().stream().filter(group -> group.steps().contains(step)).findFirst().orElseThrow();
	}

	/** The step with its generated file, generated from the editor's model as it is now. */
	public StepPreview preview(Step step) {
		StepGroup group = groupOf(step);
		ITextEditor editor = tracker == null ? null : tracker.editor();
		List<Artifact> artifacts = editor == null ? List.of()
				: DeploymentSnapshot.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()),
						(deployment, regions) -> {
							try {
								return new RemediationGenerator().force(true).generate(deployment);
							} catch (GenerationException e) {
								return List.<Artifact>of();
							}
						}).orElse(List.of());
		return StepPreview.of(group, step, artifacts);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public RemediationPlan plan() {
		return shown.plan();
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
			return input instanceof RemediationPlan plan ? plan.groups().toArray() : new Object[0];
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
}
