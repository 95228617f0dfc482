/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist (Ctrl+Space) from the language's proposal provider: keywords that may come next, the names the model
 * declares where a reference is expected (accounts, pools, servers, the 12 CCF services of the catalogue).
 */
public class CcfContentAssistProcessor implements IContentAssistProcessor {

	/** Exposes the proposal computation of Xtext's ide content assist without its LSP types. */
	static final class Proposals extends ContentAssistService {

		List<ContentAssistEntry> at(XtextResource resource, String text, int offset) {
			Map<String, ContentAssistEntry> entries = new LinkedHashMap<>();
			createProposals(text, new TextRegion(offset, 0), offset, resource, new IIdeContentProposalAcceptor() {
				@Override
				public void accept(ContentAssistEntry entry, int priority) {
					if (entry != null && entry.getProposal() != null) {
						entries.putIfAbsent(entry.getProposal(), entry);
					}
				}

				@Override
				public boolean canAcceptMoreProposals() {
					return entries.size() < 500;
				}
			});
			return new ArrayList<>(entries.values());
		}
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		Proposals proposals = CcfLanguage.injector().getInstance(Proposals.class);
		List<ContentAssistEntry> entries = CcfDocumentModel.of(viewer.getDocument())
				.read((resource, text) -> proposals.at(resource, text, offset));
		List<ICompletionProposal> result = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String proposal = entry.getProposal();
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			String display = entry.getDescription() == null ? label : label + " - " + entry.getDescription();
			result.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(), proposal.length(), null,
					display, null, entry.getDocumentation()));
		}
		return result.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
