/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.dsl.validation.DeploymentFindings;
import ccf.workbench.ui.diagram.view.BackgroundReader;
import ccf.workbench.ui.diagram.view.CcfEditorTracker;

/**
 * The SPNs of the deployment in the active .ccf editor: a row per principal that holds or needs SPNs, a column per
 * SPN registered or required; missing, duplicate and misplaced ones highlighted, their findings as tooltips, their
 * fixes in the context menu of the cell. The filter above the table keeps the SPNs whose name contains its text. On
 * a deployment with more than {@value #WIDE} SPNs (after the filter), the first {@value #WIDE} of those to check: the
 * filter reaches the others.
 */
public class SpnMatrixView extends ViewPart {

	public static final String ID = "ccf.workbench.ui.diagram.spnMatrix";

	/** Room around a cell's text: GTK's cell padding and the header's. */
	private static final int CELL_MARGIN = 24;
	/** The most SPN columns: GTK takes seconds to make a few hundred, minutes for thousands. */
	public static final int WIDE = 200;
	private static final Color PROBLEM = new Color(new RGB(0xFF, 0xCD, 0xD2));
	private static final Color REQUIRED = new Color(new RGB(0xC8, 0xE6, 0xC9));
	private static final Color REGISTERED = new Color(new RGB(0xE3, 0xF2, 0xFD));

	private Table table;
	private Text filter;
	private SpnMatrix read = SpnMatrix.EMPTY;
	private ITextEditor readFrom;
	private CcfEditorTracker tracker;
	private ITextEditor shownEditor;
	private int[] menuCell;
	private BackgroundReader<SpnMatrix> reader;
	private SpnMatrix matrix = SpnMatrix.EMPTY;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter SPNs (e.g. an alias)");
		filter.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		filter.addModifyListener(event -> display(read, readFrom));
		// Virtual: a row's cells are set when it is first shown, not a TableItem per principal up front.
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		table.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		reader = new BackgroundReader<>(table, "SPN matrix of the .ccf editor");
		table.addListener(SWT.SetData, event -> fillRow((TableItem) event.item, event.index));
		table.addListener(SWT.MouseMove, this::showProblems);
		table.addListener(SWT.MenuDetect, event -> menuCell = cellAt(table.toControl(event.x, event.y)));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		table.setMenu(menu.createContextMenu(table));
		tracker = new CcfEditorTracker(getSite().getPage(), this::show);
	}

	private void show(ITextEditor editor) {
		if (table.isDisposed()) {
			return;
		}
		shownEditor = editor;
		if (editor == null) {
			reader.cancel();
			display(SpnMatrix.EMPTY, null);
			return;
		}
		reader.read(editor.getDocumentProvider().getDocument(editor.getEditorInput()),
				(deployment, regions) -> SpnMatrix.of(deployment, DeploymentFindings.of(deployment)),
				read -> display(read.orElse(SpnMatrix.EMPTY), editor));
	}

	private void display(SpnMatrix read, ITextEditor editor) {
		this.read = read;
		readFrom = editor;
		SpnMatrix filtered = read.withSpnsContaining(filter.getText());
		SpnMatrix shown = filtered.spns().size() > WIDE ? filtered.toCheck(WIDE) : filtered;
		// Most edits change no SPN, and rebuilding a wide table costs the UI thread hundreds of milliseconds.
		if (!shown.equals(matrix) || table.getColumnCount() == 0) {
			fill(shown);
		}
		long problems = matrix.cells().stream().flatMap(List::stream).filter(c -> c.state().isProblem()).count();
		setContentDescription(editor == null ? "Open a .ccf file to see its SPNs."
				: matrix.principals().size() + " principals, " + matrix.spns().size() + " SPNs, " + problems + " to fix"
						+ (shown == filtered ? "" : " (the first to check of " + filtered.spns().size() + " SPNs)")
						+ (filtered == read ? "" : ", filtered from " + read.spns().size() + " SPNs"));
	}

	/** Fills the table with {@code shown}, reusing its columns: GTK is slow to create and destroy them. */
	private void fill(SpnMatrix shown) {
		matrix = shown;
		table.setRedraw(false);
		try {
			table.removeAll();
			List<String> titles = new ArrayList<>();
			titles.add("Principal");
			titles.addAll(matrix.spns());
			TableColumn[] columns = table.getColumns();
			for (int i = titles.size(); i < columns.length; i++) {
				columns[i].dispose();
			}
			for (int i = 0; i < titles.size(); i++) {
				TableColumn column = i < columns.length ? columns[i] : new TableColumn(table, SWT.LEFT);
				column.setText(titles.get(i));
			}
			table.setItemCount(matrix.principals().size());
			fitColumns();
			table.deselectAll();
		} finally {
			table.setRedraw(true);
		}
	}

	private void fillRow(TableItem item, int row) {
		if (row >= matrix.principals().size()) {
			return;
		}
		item.setText(0, matrix.principals().get(row));
		for (int column = 0; column < matrix.spns().size(); column++) {
			SpnCell cell = matrix.cells().get(row).get(column);
			item.setText(column + 1, cell.state().label());
			item.setBackground(column + 1, background(cell.state()));
		}
	}

	/**
	 * Sizes each column to its title and its widest cell, each distinct text measured once: {@code TableColumn.pack}
	 * has GTK lay out every cell of the column, a good part of the UI thread's time after an edit (JFR).
	 */
	private void fitColumns() {
		GC gc = new GC(table);
		try {
			Map<String, Integer> widths = new HashMap<>();
			ToIntFunction<String> width = text -> widths.computeIfAbsent(text, measured -> gc.textExtent(measured).x);
			TableColumn[] columns = table.getColumns();
			int widest = width.applyAsInt(columns[0].getText());
			for (String principal : matrix.principals()) {
				widest = Math.max(widest, width.applyAsInt(principal));
			}
			columns[0].setWidth(widest + CELL_MARGIN);
			for (int column = 0; column < matrix.spns().size(); column++) {
				widest = width.applyAsInt(matrix.spns().get(column));
				for (List<SpnCell> row : matrix.cells()) {
					widest = Math.max(widest, width.applyAsInt(row.get(column).state().label()));
				}
				columns[column + 1].setWidth(widest + CELL_MARGIN);
			}
		} finally {
			gc.dispose();
		}
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
		int[] at = cellAt(new Point(event.x, event.y));
		SpnCell cell = at == null ? SpnCell.NONE : matrix.cells().get(at[0]).get(at[1]);
		table.setToolTipText(cell.problems().isEmpty() ? null : String.join("\n\n", cell.problems()));
	}

	/** @return the row and SPN column of the cell at a point of the table, or null */
	private int[] cellAt(Point point) {
		TableItem item = table.getItem(point);
		if (item == null) {
			return null;
		}
		int row = table.indexOf(item);
		for (int column = 1; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point) && row < matrix.cells().size()) {
				return new int[] { row, column - 1 };
			}
		}
		return null;
	}

	private void fillMenu(IMenuManager menu) {
		if (menuCell == null) {
			return;
		}
		for (QuickFix fix : fixes(menuCell[0], menuCell[1])) {
			menu.add(new Action(fix.label()) {
				@Override
				public void run() {
					apply(fix);
				}
			});
		}
	}

	/** @return the fixes of the cell in row {@code row} (a principal) and column {@code column} (an SPN) */
	public List<QuickFix> fixes(int row, int column) {
		SpnCell cell = matrix.cells().get(row).get(column);
		if (shownEditor == null || !cell.state().isProblem()) {
			return List.of();
		}
		return SpnQuickFixes.of(shownEditor.getDocumentProvider().getDocument(shownEditor.getEditorInput()),
				matrix.principals().get(row), matrix.spns().get(column), cell.state());
	}

	public void apply(QuickFix fix) {
		try {
			SpnQuickFixes.apply(fix, shownEditor.getDocumentProvider().getDocument(shownEditor.getEditorInput()));
		} catch (BadLocationException e) {
			MessageDialog.openError(table.getShell(), fix.label(), "The text changed under the fix; try again.");
		}
	}

	public SpnMatrix matrix() {
		return matrix;
	}

	public Table table() {
		return table;
	}

	/** @return the filter of the SPN columns */
	public Text filter() {
		return filter;
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
		if (reader != null) {
			reader.cancel();
		}
		super.dispose();
	}
}
