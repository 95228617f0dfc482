/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Syntax colouring of {@code .ccf} text: the language's keywords, strings, numbers and comments, taken from the
 * grammar so that they never drift from it; the semantic colouring of {@link CcfSemanticHighlighter} goes over it.
 */
public class CcfPresentationReconciler extends PresentationReconciler {

	/** The colours, readable on the light theme the product uses. */
	static final RGB KEYWORD = new RGB(127, 0, 85);
	static final RGB STRING = new RGB(42, 0, 255);
	static final RGB COMMENT = new RGB(63, 127, 95);
	static final RGB NUMBER = new RGB(125, 125, 125);

	private CcfSemanticHighlighter semantic;

	public CcfPresentationReconciler() {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(new Scanner());
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** Also installs the semantic highlighting, which merges its styles over these. */
	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		semantic = new CcfSemanticHighlighter(viewer);
		semantic.install();
	}

	@Override
	public void uninstall() {
		if (semantic != null) {
			semantic.uninstall();
			semantic = null;
		}
		super.uninstall();
	}

	/** The lexical rules of the language. */
	static final class Scanner extends RuleBasedScanner {

		Scanner() {
			Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
			IToken keyword = new Token(new TextAttribute(new org.eclipse.swt.graphics.Color(display, KEYWORD), null, SWT.BOLD));
			IToken string = new Token(new TextAttribute(new org.eclipse.swt.graphics.Color(display, STRING)));
			IToken comment = new Token(new TextAttribute(new org.eclipse.swt.graphics.Color(display, COMMENT)));
			IToken number = new Token(new TextAttribute(new org.eclipse.swt.graphics.Color(display, NUMBER)));
			// Other words are consumed whole as plain text, so that neither a keyword inside a name (xserver) nor the
			// digits of a name (DC01) are coloured.
			WordRule words = new WordRule(new Words(), new Token(null));
			for (String word : CcfLanguage.keywords()) {
				words.addWord(word, keyword);
			}
			setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new EndOfLineRule("//", comment),
					new MultiLineRule("/*", "*/", comment, (char) 0, true), new SingleLineRule("\"", "\"", string, '\\'),
					new SingleLineRule("'", "'", string, '\\'), new NumberRule(number), words });
		}
	}

	/** Words of the language: identifiers and keywords with hyphens ({@code kernel-mode}, {@code server-2008}). */
	static final class Words implements IWordDetector {

		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_' || c == '^';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
		}
	}
}
