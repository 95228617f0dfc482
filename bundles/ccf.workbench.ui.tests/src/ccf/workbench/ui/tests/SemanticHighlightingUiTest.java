/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Semantic highlighting in the .ccf editor: names coloured by what they mean, computed in the background. */
class SemanticHighlightingUiTest {

	private static final String DECLARATION = "ccf.workbench.ui.editor.semantic.declaration";
	private static final String HOST = "ccf.workbench.ui.editor.semantic.host";
	private static final String UNRESOLVED = "ccf.workbench.ui.editor.semantic.unresolved";
	private static final String REAL_SERVER_HOST = "ccf.workbench.ui.editor.semantic.realServerHost";

	private ArticleProject article;
	private IWorkbenchPage page;
	private ITextEditor editor;

	@BeforeEach
	void openTheArticlesModel() throws Exception {
		article = ArticleProject.create("Highlighting", "kb969803-fabrikam.ccf", false);
		page = article.page;
		editor = article.open();
	}

	@AfterEach
	void close() throws Exception {
		article.delete();
	}

	private StyledText widget() {
		return ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
	}

	private static Color color(String id) {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry().get(id);
	}

	private boolean hasForeground(int offset, String colorId) {
		StyleRange range = widget().getStyleRangeAtOffset(offset);
		return range != null && color(colorId).equals(range.foreground);
	}

	private String seen(int offset) {
		return String.valueOf(widget().getStyleRangeAtOffset(offset));
	}

	@Test
	void namesAreColouredByMeaningAndTheColoursFollowAnEdit() throws Exception {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int declaration = document.get().indexOf("server CCFIIS") + "server ".length();
		int reference = document.get().indexOf("alias CCFIISAlias for CCFIIS") + "alias CCFIISAlias for ".length();
		int realServer = document.get().indexOf("\"http://CCFIIS/") + "\"http://".length();
		UiEvents.waitUntil("the semantic styles", 30, () -> hasForeground(declaration, DECLARATION), () -> seen(declaration));

		assertThat(widget().getStyleRangeAtOffset(declaration).fontStyle & SWT.BOLD).isEqualTo(SWT.BOLD);
		assertThat(hasForeground(reference, HOST)).as("the server named by the alias: %s", seen(reference)).isTrue();
		assertThat(widget().getStyleRangeAtOffset(realServer).background).as("the real server in a URL")
				.isEqualTo(color(REAL_SERVER_HOST));
		assertThat(color(DECLARATION)).isNotEqualTo(color(HOST)).isNotEqualTo(color(UNRESOLVED));
		assertThat(color(HOST)).isNotEqualTo(color(UNRESOLVED));

		String added = "// moved down by a line\n";
		document.replace(0, 0, added);
		UiEvents.process();
		assertThat(hasForeground(declaration + added.length(), DECLARATION)).as("the declaration moved with the text: %s",
				seen(declaration + added.length())).isTrue();
		assertThat(hasForeground(reference + added.length(), HOST)).isTrue();

		int pool = document.get().indexOf("service AgentCredentials in CcfPool") + "service AgentCredentials in ".length();
		document.replace(pool, "CcfPool".length(), "NoSuchPool");
		UiEvents.waitUntil("the unresolved pool", 30, () -> hasForeground(pool + 2, UNRESOLVED), () -> seen(pool + 2));
		assertThat(hasForeground(declaration + added.length(), DECLARATION)).isTrue();
		Screenshots.save(page.getWorkbenchWindow().getShell(), "ccf-editor-semantic-highlighting");
	}

	@Test
	void theColoursAreInPreferencesColorsAndFonts() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
				"org.eclipse.ui.preferencePages.ColorsAndFonts", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiEvents.process();
			List<String> items = new ArrayList<>();
			treeItems(dialog.getShell(), items);

			assertThat(items).contains("CCF Deployment Editor");
			Screenshots.save(dialog.getShell(), "colors-and-fonts");
		} finally {
			dialog.close();
		}
	}

	private static void treeItems(Control control, List<String> texts) {
		if (control instanceof Tree tree) {
			Arrays.stream(tree.getItems()).forEach(item -> texts.add(item.getText()));
		}
		if (control instanceof Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(child -> treeItems(child, texts));
		}
	}
}
