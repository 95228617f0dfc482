/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;
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
 * The fixes of one cell of the SPN matrix, as edits of the .ccf text: the editor's own quick fixes (Ctrl+1 offers the
 * same) of the findings about that SPN and principal: a missing SPN registered, a misplaced one moved to the account
 * that needs it, a duplicate, hijacking or server SPN removed from the principal that must not hold it.
 */
public final class SpnQuickFixes {

	private SpnQuickFixes() {
	}

	/**
	 * @param principal the row, {@code DOMAIN\sAMAccountName}
	 * @param spn       the column
	 * @param state     the cell's state: only a missing, duplicate or misplaced SPN has fixes
	 */
	public static List<QuickFix> of(IDocument document, String principal, String spn, SpnCellState state) {
		if (state != SpnCellState.MISSING && state != SpnCellState.DUPLICATE && state != SpnCellState.WRONG_PRINCIPAL) {
			return List.of();
		}
		CcfDocumentModel model = CcfDocumentModel.of(document);
		List<Issue> issues = model.validate(CancelIndicator.NullImpl);
		return model.read((resource, text) -> {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
				return List.of();
			}
			Principal owner = principal(deployment, principal);
			if (owner == null) {
				return List.of();
			}
			CcfQuickFixes quickFixes = CcfLanguage.injector().getInstance(CcfQuickFixes.class);
			// Two findings about one registration (a duplicate that is also a server SPN) offer the same removal once.
			Map<String, QuickFix> fixes = new LinkedHashMap<>();
			for (Issue issue : issues) {
				if (concerns(issue, resource, owner, spn)) {
					quickFixes.fixes(resource, issue).forEach(fix -> fixes.putIfAbsent(fix.label(), fix));
				}
			}
			return List.copyOf(fixes.values());
		});
	}

	/** Whether the finding is about {@code spn} missing on, or registered on, {@code owner}. */
	private static boolean concerns(Issue issue, XtextResource resource, Principal owner, String spn) {
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		if ("spn-missing".equals(issue.getCode())) {
			return data.length >= 2 && data[0].equalsIgnoreCase(spn) && HostQueries.sameName(data[1], owner.getName());
		}
		EObject target = issue.getUriToProblem() == null ? null : resource.getEObject(issue.getUriToProblem().fragment());
		return target instanceof ServicePrincipalName registered && registered.getOwner() == owner
				&& SpnQueries.text(registered).equalsIgnoreCase(spn);
	}

	private static Principal principal(Deployment deployment, String qualifiedName) {
		List<Principal> principals = new ArrayList<>(deployment.getAccounts());
		principals.addAll(deployment.getWebServers());
		principals.addAll(deployment.getSqlServers());
		deployment.getDomains().forEach(domain -> principals.addAll(domain.getControllers()));
		return principals.stream().filter(p -> HostQueries.qualifiedAccountName(p).equals(qualifiedName)).findFirst()
				.orElse(null);
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
