/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.PlatformUI;

import ccf.workbench.dsl.ide.highlighting.CcfHighlightingStyles;

/**
 * How each semantic style of {@code .ccf} text looks. The colours are the theme's colour definitions of this bundle
 * (plugin.xml), which users change in Preferences &gt; General &gt; Appearance &gt; Colors and Fonts.
 */
enum SemanticStyle {
	DECLARATION(CcfHighlightingStyles.DECLARATION, "declaration", SWT.BOLD, false),
	HOST(CcfHighlightingStyles.HOST_REFERENCE, "host", SWT.NORMAL, false),
	ALIAS(CcfHighlightingStyles.ALIAS_REFERENCE, "alias", SWT.NORMAL, false),
	ACCOUNT(CcfHighlightingStyles.ACCOUNT_REFERENCE, "account", SWT.NORMAL, false),
	SERVICE(CcfHighlightingStyles.SERVICE_REFERENCE, "service", SWT.NORMAL, false),
	OTHER(CcfHighlightingStyles.OTHER_REFERENCE, "other", SWT.NORMAL, false),
	UNRESOLVED(CcfHighlightingStyles.UNRESOLVED_REFERENCE, "unresolved", SWT.ITALIC, false),
	SPN(CcfHighlightingStyles.SPN, "spn", SWT.ITALIC, false),
	URL(CcfHighlightingStyles.URL, "url", SWT.NORMAL, false),
	/** Marked by its background, over the URL's colour. */
	REAL_SERVER_HOST(CcfHighlightingStyles.REAL_SERVER_HOST, "realServerHost", SWT.BOLD, true);

	/** The prefix of the ids of the colour definitions. */
	static final String COLOR_PREFIX = "ccf.workbench.ui.editor.semantic.";

	private final String styleId;
	private final String colorId;
	private final int fontStyle;
	private final boolean background;

	SemanticStyle(String styleId, String color, int fontStyle, boolean background) {
		this.styleId = styleId;
		this.colorId = COLOR_PREFIX + color;
		this.fontStyle = fontStyle;
		this.background = background;
	}

	/** @return the style of an id of the language's highlighting calculator, empty for ids the editor does not show */
	static Optional<SemanticStyle> of(String styleId) {
		return Arrays.stream(values()).filter(style -> style.styleId.equals(styleId)).findFirst();
	}

	String colorId() {
		return colorId;
	}

	/** @return a style range of this style, with the theme's current colour; call on the UI thread */
	StyleRange range(int offset, int length) {
		Color color = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry().get(colorId);
		StyleRange range = new StyleRange(offset, length, background ? null : color, background ? color : null, fontStyle);
		range.underline = this == URL || this == UNRESOLVED;
		if (this == UNRESOLVED) {
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
		}
		return range;
	}
}
