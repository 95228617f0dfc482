/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/**
 * The problem markers of {@code .ccf} files, which the Problems view lists: one per diagnostic, with its rule code
 * so that a quick fix can be offered from the view.
 */
public final class CcfProblemMarkers {

	/** The marker type (a problem marker and a text marker). */
	public static final String TYPE = "ccf.workbench.ui.editor.problem";
	/** Marker attribute: the rule's code, e.g. {@code spn-missing}. */
	public static final String CODE = "ccf.code";

	private CcfProblemMarkers() {
	}

	/** Replaces the markers of {@code file} by those of {@code issues}. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			if (issue.getLineNumber() != null) {
				attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
				attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			attributes.put(CODE, code(issue));
			file.createMarker(TYPE, attributes);
		}
	}

	/** The short code of a diagnostic, as {@code ccfw validate} prints it. */
	static String code(Issue issue) {
		String code = issue.getCode();
		if (code == null) {
			return issue.isSyntaxError() ? "syntax" : "ccf";
		}
		return switch (code) {
		case Diagnostic.SYNTAX_DIAGNOSTIC -> "syntax";
		case Diagnostic.LINKING_DIAGNOSTIC -> "unresolved-reference";
		default -> code.startsWith("org.eclipse.xtext.") ? code.substring(code.lastIndexOf('.') + 1) : code;
		};
	}
}
