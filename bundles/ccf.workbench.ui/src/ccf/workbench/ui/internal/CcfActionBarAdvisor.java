/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menus of the main window: File (new, save, close, quit), Edit (undo, clipboard, find) and Window (views). */
class CcfActionBarAdvisor extends ActionBarAdvisor {

	CcfActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.NEW, ActionFactory.IMPORT, ActionFactory.SAVE,
				ActionFactory.SAVE_ALL, ActionFactory.CLOSE, ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO,
				ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL,
				ActionFactory.FIND, ActionFactory.PREFERENCES }) {
			register(factory.create(window));
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		// The group markers are the ones editors contribute to (e.g. find.ext for Find/Replace): without them an
		// editor cannot be created.
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(getAction(ActionFactory.NEW.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(getAction(ActionFactory.CLOSE.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator());
		file.add(getAction(ActionFactory.SAVE.getId()));
		file.add(getAction(ActionFactory.SAVE_ALL.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator());
		file.add(getAction(ActionFactory.IMPORT.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(getAction(ActionFactory.UNDO.getId()));
		edit.add(getAction(ActionFactory.REDO.getId()));
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(getAction(ActionFactory.CUT.getId()));
		edit.add(getAction(ActionFactory.COPY.getId()));
		edit.add(getAction(ActionFactory.PASTE.getId()));
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(getAction(ActionFactory.DELETE.getId()));
		edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
		edit.add(new Separator());
		edit.add(getAction(ActionFactory.FIND.getId()));
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator());
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		windowMenu.add(new Separator());
		windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
	}
}
