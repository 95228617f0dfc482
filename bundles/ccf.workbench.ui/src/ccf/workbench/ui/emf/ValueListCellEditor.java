/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A list of values in a Properties cell: written as the text writes it, edited in a {@link ValueListDialog}. */
final class ValueListCellEditor extends DialogCellEditor {

	private final String title;

	ValueListCellEditor(Composite parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ValueListDialog dialog = new ValueListDialog(cellEditorWindow.getShell(), title, strings(getValue()));
		return dialog.open() == Window.OK ? dialog.values() : null;
	}

	@Override
	protected void updateContents(Object value) {
		if (getDefaultLabel() != null) {
			getDefaultLabel().setText(String.join(", ", strings(value)));
		}
	}

	static List<String> strings(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}
}
