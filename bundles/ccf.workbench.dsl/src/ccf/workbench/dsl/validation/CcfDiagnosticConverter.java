/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.Issue.IssueImpl;

/**
 * Turns parse and link diagnostics into issues even where Xtext cannot place their end: Xtext 2.42 fails with an
 * index out of bounds on a diagnostic that ends the file right after a lone carriage return ({@code \r}), and its
 * validator then logs that failure and drops the diagnostic, so a file with a syntax error passed validation (found by
 * fuzzing, {@code fixtures/fuzz-regressions/} of the language's tests). Such an issue keeps its start as its end.
 */
public class CcfDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		try {
			super.convertResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (IndexOutOfBoundsException e) {
			acceptor.accept(withStartOnly(diagnostic, severity));
		}
	}

	private static Issue withStartOnly(Diagnostic diagnostic, Severity severity) {
		IssueImpl issue = new IssueImpl();
		issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
		issue.setSeverity(severity);
		issue.setMessage(diagnostic.getMessage());
		issue.setType(CheckType.FAST);
		int line = 1;
		int column = 1;
		try {
			line = diagnostic.getLine();
			column = diagnostic.getColumn();
		} catch (IndexOutOfBoundsException e) {
			// The start is as unplaceable as the end: the issue stays at the file's start.
		}
		issue.setLineNumber(line);
		issue.setColumn(column);
		issue.setLineNumberEnd(line);
		issue.setColumnEnd(column);
		if (diagnostic instanceof org.eclipse.xtext.diagnostics.Diagnostic xtext) {
			issue.setOffset(xtext.getOffset());
			issue.setLength(xtext.getLength());
		}
		if (diagnostic instanceof AbstractDiagnostic located) {
			issue.setUriToProblem(located.getUriToProblem());
			issue.setCode(located.getCode());
			issue.setData(located.getData());
		}
		return issue;
	}
}
