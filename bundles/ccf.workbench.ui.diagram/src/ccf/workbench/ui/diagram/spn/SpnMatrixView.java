/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.ui.diagram.view.CcfEditorTracker;
import ccf.workbench.ui.diagram.view.DeploymentSnapshot;

/**
 * The SPNs of the deployment in the active .ccf editor: a row per principal that holds or needs SPNs, a column per
 * SPN registered or required; missing, duplicate and misplaced ones highlighted, their findings as tooltips.
 */
public class SpnMatrixView extends ViewPart {

	public static final String ID = "ccf.workbench.ui.diagram.spnMatrix";

	private static final Color PROBLEM = new Color(new RGB(0xFF, 0xCD, 0xD2));
	private static final Color REQUIRED = new Color(new RGB(0xC8, 0xE6, 0xC9));
	private static final Color REGISTERED = new Color(new RGB(0xE3, 0xF2, 0xFD));

	private Table table;
	private CcfEditorTracker tracker;
	private SpnMatrix matrix = SpnMatrix.EMPTY;

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseMove, this::showProblems);
		tracker = new CcfEditorTracker(getSite().getPage(), this::show);
	}

	private void show(ITextEditor editor) {
		if (table.isDisposed()) {
			return;
		}
		matrix = editor == null ? SpnMatrix.EMPTY
				: DeploymentSnapshot.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()),
						(deployment, regions) -> SpnMatrix.of(deployment, DeploymentRules.check(deployment)))
						.orElse(SpnMatrix.EMPTY);
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			column("Principal");
			matrix.spns().forEach(this::column);
			for (int row = 0; row < matrix.principals().size(); row++) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(0, matrix.principals().get(row));
				for (int column = 0; column < matrix.spns().size(); column++) {
					SpnCell cell = matrix.cells().get(row).get(column);
					item.setText(column + 1, cell.state().label());
					item.setBackground(column + 1, background(cell.state()));
				}
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		long problems = matrix.cells().stream().flatMap(java.util.List::stream).filter(c -> c.state().isProblem()).count();
		setContentDescription(editor == null ? "Open a .ccf file to see its SPNs."
				: matrix.principals().size() + " principals, " + matrix.spns().size() + " SPNs, " + problems + " to fix");
	}

	private void column(String title) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
	}

	private static Color background(SpnCellState state) {
		return switch (state) {
		case MISSING, DUPLICATE, WRONG_PRINCIPAL -> PROBLEM;
		case REQUIRED -> REQUIRED;
		case REGISTERED -> REGISTERED;
		case NONE -> null;
		};
	}

	private void showProblems(Event event) {
		TableItem item = table.getItem(new Point(event.x, event.y));
		String tip = null;
		if (item != null) {
			int row = table.indexOf(item);
			for (int column = 1; column < table.getColumnCount(); column++) {
				if (item.getBounds(column).contains(event.x, event.y) && row < matrix.cells().size()) {
					SpnCell cell = matrix.cells().get(row).get(column - 1);
					tip = cell.problems().isEmpty() ? null : String.join("\n\n", cell.problems());
				}
			}
		}
		table.setToolTipText(tip);
	}

	public SpnMatrix matrix() {
		return matrix;
	}

	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}
}
