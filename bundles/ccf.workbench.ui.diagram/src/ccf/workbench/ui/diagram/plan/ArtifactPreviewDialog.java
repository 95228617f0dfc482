/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A step's detail above the generated file that carries it out, read-only, scrolled to the step's part with its first
 * line selected. Modeless, so that the plan stays usable beside it.
 */
public final class ArtifactPreviewDialog extends Dialog {

	private final StepPreview preview;
	private StyledText file;

	ArtifactPreviewDialog(Shell shell, StepPreview preview) {
		super(shell);
		this.preview = preview;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(preview));
	}

	/** @return the title of the preview of a step: its number and its file */
	public static String title(StepPreview preview) {
		return "Step " + preview.step().number() + " — " + preview.path();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		SashForm sash = new SashForm(area, SWT.VERTICAL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 860;
		data.heightHint = 560;
		sash.setLayoutData(data);
		Text detail = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
		detail.setText(StepText.detail(preview.step()));
		file = new StyledText(sash, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		file.setFont(JFaceResources.getTextFont());
		file.setText(preview.content());
		sash.setWeights(30, 70);
		if (preview.stepOffset() >= 0) {
			int line = file.getLineAtOffset(preview.stepOffset());
			int end = line + 1 < file.getLineCount() ? file.getOffsetAtLine(line + 1) : file.getCharCount();
			file.setSelection(preview.stepOffset(), end);
			file.setTopIndex(Math.max(0, line - 2));
		}
		return area;
	}

	/** The generated file's text, as shown. */
	public StyledText file() {
		return file;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
