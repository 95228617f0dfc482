/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import ccf.workbench.dsl.ide.contentassist.CcfContentProposalProvider;
import ccf.workbench.dsl.ide.highlighting.CcfSemanticHighlightingCalculator;

/**
 * The ide services of the .ccf language (content assist, highlighting, outline, formatting, hyperlinks), used by
 * the workbench's editor and by a language server.
 */
public class CcfIdeModule extends AbstractCcfIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CcfSemanticHighlightingCalculator.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return CcfContentProposalProvider.class;
	}
}
