/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for the blocks of a deployment: braces, and the brackets of XPath locations in strings. */
public class CcfBracketMatcher extends DefaultCharacterPairMatcher {

	public CcfBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
