/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import ccf.workbench.dsl.CcfStandaloneSetup;

/**
 * {@code ccfw validate FILE...}: parses, links and checks {@code .ccf} files against the rules of KB 969803 and
 * prints one line per diagnostic, {@code path:line:column: severity: message [code]}. The files are read together,
 * so a deployment split over several files is checked as one.
 */
final class ValidateVerb implements Verb {

	static final String NAME = "validate";
	static final String SUMMARY = "check .ccf files against the rules of KB 969803";

	@Override
	public String usage() {
		return """
				Usage: ccfw validate FILE.ccf...

				Parses, links and checks the files, read together (a deployment may be split
				over several files), and prints one line per finding:

				  path:line:column: error|warning|info: message [code]

				Errors are the deployment's broken state (an endpoint naming the real server,
				a missing SPN or CNAME, kernel mode without useAppPoolCredentials, the alias
				outside the Local Intranet zone) and problems that make the model unusable
				(syntax, unresolved names, invalid or unsafe names, no alias).

				Exit codes: 0 no error, 1 errors found, 2 wrong usage or a file that cannot
				be read.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			err.println("ccfw validate: expected one or more .ccf files. Run 'ccfw validate --help'.");
			return USAGE;
		}
		Map<String, Path> files = new LinkedHashMap<>();
		boolean unreadable = false;
		for (String arg : args) {
			if (arg.startsWith("-")) {
				err.println("ccfw validate: unknown option '" + arg + "'. Run 'ccfw validate --help'.");
				return USAGE;
			}
			Path path;
			try {
				path = Path.of(arg);
			} catch (InvalidPathException e) {
				err.println(arg + ": error: not a valid path: " + e.getReason() + ".");
				unreadable = true;
				continue;
			}
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				err.println(arg + ": error: cannot read the file; check the path and its permissions.");
				unreadable = true;
				continue;
			}
			files.put(arg, path);
		}
		if (files.isEmpty()) {
			return USAGE;
		}
		Injector injector = CcfStandaloneSetup.doSetup();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<String, Resource> resources = new LinkedHashMap<>();
		for (Map.Entry<String, Path> file : files.entrySet()) {
			URI uri = URI.createFileURI(file.getValue().toAbsolutePath().normalize().toString());
			try {
				resources.put(file.getKey(), resourceSet.getResource(uri, true));
			} catch (RuntimeException e) {
				err.println(file.getKey() + ": error: cannot read the file: " + rootMessage(e));
				unreadable = true;
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		boolean errors = false;
		for (Map.Entry<String, Resource> entry : resources.entrySet()) {
			for (Issue issue : validate(entry.getValue())) {
				errors |= issue.getSeverity() == Severity.ERROR;
				out.println(format(entry.getKey(), issue));
			}
		}
		return unreadable ? USAGE : errors ? FINDINGS : OK;
	}

	static List<Issue> validate(Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
				.thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
		return issues;
	}

	static String format(String path, Issue issue) {
		String severity = switch (issue.getSeverity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "info";
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		String message = issue.getMessage() == null ? "" : issue.getMessage().replace('\n', ' ').replace('\r', ' ');
		return path + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + code(issue) + "]";
	}

	/** The rule's code, or a short one for Xtext's own diagnostics. */
	private static String code(Issue issue) {
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

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
