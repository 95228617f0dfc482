/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import ccf.workbench.dsl.fixes.CcfQuickFixes;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.ui.editor.CcfValidationReconciler.ProblemAnnotation;

/** Ctrl+1 on a problem: the quick fixes of its rule. */
public class CcfQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ProblemAnnotation problem && CcfQuickFixes.hasFix(problem.issue().getCode());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ProblemAnnotation problem : problemsAt(viewer, context.getOffset())) {
			if (!canFix(problem)) {
				continue;
			}
			CcfQuickFixes fixes = CcfLanguage.injector().getInstance(CcfQuickFixes.class);
			List<QuickFix> found = CcfDocumentModel.of(viewer.getDocument())
					.read((resource, text) -> fixes.fixes(resource, problem.issue()));
			found.forEach(fix -> proposals.add(new CcfQuickFixProposal(fix)));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The problems whose range holds {@code offset}, on the line of the caret when none does. */
	static List<ProblemAnnotation> problemsAt(ISourceViewer viewer, int offset) {
		List<ProblemAnnotation> exact = new ArrayList<>();
		List<ProblemAnnotation> onLine = new ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return exact;
		}
		int line;
		try {
			line = viewer.getDocument().getLineOfOffset(offset);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return exact;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotation problem) {
				Position position = model.getPosition(problem);
				if (position == null) {
					continue;
				}
				if (position.includes(offset) || position.getOffset() + position.getLength() == offset) {
					exact.add(problem);
				} else {
					try {
						if (viewer.getDocument().getLineOfOffset(position.getOffset()) == line) {
							onLine.add(problem);
						}
					} catch (org.eclipse.jface.text.BadLocationException e) {
						// a stale position: skip it
					}
				}
			}
		}
		return exact.isEmpty() ? onLine : exact;
	}
}
