/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import ccf.workbench.dsl.fixes.CcfQuickFixes;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.query.HostQueries;
import ccf.workbench.model.query.SpnQueries;
import ccf.workbench.ui.editor.CcfDocumentModel;
import ccf.workbench.ui.editor.CcfLanguage;

/**
 * The fixes of one cell of the SPN matrix, as edits of the .ccf text: a missing SPN is registered with the editor's
 * own quick fix (Ctrl+1 offers the same), a duplicate or misplaced one is removed from the principal of the cell.
 */
public final class SpnQuickFixes {

	private SpnQuickFixes() {
	}

	/**
	 * @param principal the row, {@code DOMAIN\sAMAccountName}
	 * @param spn       the column
	 */
	public static List<QuickFix> of(IDocument document, String principal, String spn, SpnCellState state) {
		CcfDocumentModel model = CcfDocumentModel.of(document);
		List<Issue> issues = state == SpnCellState.MISSING ? model.validate(CancelIndicator.NullImpl) : List.of();
		return model.read((resource, text) -> {
			List<QuickFix> fixes = new ArrayList<>();
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
				return fixes;
			}
			Principal owner = principal(deployment, principal);
			if (owner == null) {
				return fixes;
			}
			if (state == SpnCellState.MISSING) {
				CcfQuickFixes quickFixes = CcfLanguage.injector().getInstance(CcfQuickFixes.class);
				for (Issue issue : issues) {
					String[] data = issue.getData() == null ? new String[0] : issue.getData();
					if ("spn-missing".equals(issue.getCode()) && data.length >= 2 && data[0].equalsIgnoreCase(spn)
							&& HostQueries.sameName(data[1], owner.getName())) {
						fixes.addAll(quickFixes.fixes(resource, issue));
					}
				}
			} else if (state == SpnCellState.DUPLICATE || state == SpnCellState.WRONG_PRINCIPAL) {
				for (ServicePrincipalName registered : deployment.getSpns()) {
					ICompositeNode node = NodeModelUtils.findActualNodeFor(registered);
					if (registered.getOwner() == owner && SpnQueries.text(registered).equalsIgnoreCase(spn) && node != null) {
						fixes.add(new QuickFix("Remove " + spn + " from " + principal, List.of(wholeLines(text,
								node.getOffset(), node.getLength()))));
					}
				}
			}
			return fixes;
		});
	}

	private static Principal principal(Deployment deployment, String qualifiedName) {
		List<Principal> principals = new ArrayList<>(deployment.getAccounts());
		principals.addAll(deployment.getWebServers());
		principals.addAll(deployment.getSqlServers());
		deployment.getDomains().forEach(domain -> principals.addAll(domain.getControllers()));
		return principals.stream().filter(p -> HostQueries.qualifiedAccountName(p).equals(qualifiedName)).findFirst()
				.orElse(null);
	}

	/** The lines that hold the region, with their line break, when nothing else is written on them. */
	private static QuickFix.Edit wholeLines(String text, int offset, int length) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = text.indexOf('\n', offset + length);
		end = end < 0 ? text.length() : end + 1;
		boolean alone = text.substring(start, offset).isBlank() && text.substring(offset + length, end).isBlank();
		return alone ? new QuickFix.Edit(start, end - start, "") : new QuickFix.Edit(offset, length, "");
	}

	/** Applies the fix as one change of the document, last edit first. */
	public static void apply(QuickFix fix, IDocument document) throws BadLocationException {
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL)
				: null;
		try {
			for (QuickFix.Edit edit : fix.edits().stream().sorted(Comparator.comparingInt(QuickFix.Edit::offset).reversed())
					.toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
