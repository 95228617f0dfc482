/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Edits a list of values (hotfixes, hosts, Local Intranet sites): add, remove and move them, in the order written. */
public final class ValueListDialog extends Dialog {

	private final String title;
	private List<String> values;
	private Text entry;
	private org.eclipse.swt.widgets.List list;

	public ValueListDialog(Shell parent, String title, List<String> values) {
		super(parent);
		this.title = title;
		this.values = List.copyOf(values);
	}

	/** @return the values as the dialog holds them (after OK, the new ones) */
	public List<String> values() {
		return list == null || list.isDisposed() ? values : List.of(list.getItems());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		entry = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
		entry.addListener(SWT.DefaultSelection, event -> add());
		button(area, "Add", this::add);
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 160).applyTo(list);
		values.forEach(list::add);
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Remove", () -> onSelected(list::remove));
		button(buttons, "Up", () -> onSelected(index -> move(index, index - 1)));
		button(buttons, "Down", () -> onSelected(index -> move(index, index + 1)));
		return area;
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void onSelected(IntConsumer action) {
		int index = list.getSelectionIndex();
		if (index >= 0) {
			action.accept(index);
		}
	}

	/** Adds the entered value after the selected one, or at the end. */
	public void add() {
		String value = entry.getText().strip();
		if (value.isEmpty()) {
			return;
		}
		int at = list.getSelectionIndex() < 0 ? list.getItemCount() : list.getSelectionIndex() + 1;
		list.add(value, at);
		list.select(at);
		entry.setText("");
	}

	private void move(int from, int to) {
		if (to < 0 || to >= list.getItemCount()) {
			return;
		}
		String value = list.getItem(from);
		list.remove(from);
		list.add(value, to);
		list.select(to);
	}

	@Override
	protected void okPressed() {
		values = List.of(list.getItems());
		super.okPressed();
	}
}
