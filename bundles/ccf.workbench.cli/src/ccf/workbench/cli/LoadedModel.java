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

import ccf.workbench.dsl.CcfStandaloneSetup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.Rule;

/**
 * {@code .ccf} files parsed, linked and validated together, as the verbs that read models need them.
 */
final class LoadedModel {

	private final XtextResourceSet resourceSet;
	private final Map<String, Resource> resources = new LinkedHashMap<>();
	private final Map<String, List<Issue>> issues = new LinkedHashMap<>();
	private boolean unreadable;

	private LoadedModel(XtextResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	/** A resource set of the .ccf language, for verbs that build models rather than read them. */
	static XtextResourceSet newResourceSet() {
		return CcfStandaloneSetup.doSetup().getInstance(XtextResourceSet.class);
	}

	/**
	 * Loads and validates the files; a file that cannot be read is reported on {@code err} and left out.
	 *
	 * @param names the files as the user named them
	 */
	static LoadedModel load(List<String> names, PrintStream err) {
		LoadedModel model = new LoadedModel(newResourceSet());
		Map<String, Path> files = new LinkedHashMap<>();
		for (String name : names) {
			try {
				Path path = Path.of(name);
				if (Files.isRegularFile(path) && Files.isReadable(path)) {
					files.put(name, path);
					continue;
				}
				err.println(name + ": error: cannot read the file; check the path and its permissions.");
			} catch (InvalidPathException e) {
				err.println(name + ": error: not a valid path: " + e.getReason() + ".");
			}
			model.unreadable = true;
		}
		for (Map.Entry<String, Path> file : files.entrySet()) {
			URI uri = URI.createFileURI(file.getValue().toAbsolutePath().normalize().toString());
			try {
				model.resources.put(file.getKey(), model.resourceSet.getResource(uri, true));
			} catch (RuntimeException e) {
				err.println(file.getKey() + ": error: cannot read the file: " + rootMessage(e));
				model.unreadable = true;
			}
		}
		EcoreUtil.resolveAll(model.resourceSet);
		model.resources.forEach((name, resource) -> model.issues.put(name, validate(resource)));
		return model;
	}

	static List<Issue> validate(Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
				.thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
		return issues;
	}

	/** @return whether some file could not be read at all */
	boolean unreadable() {
		return unreadable;
	}

	/** @return the files' issues, by the name the user gave each file */
	Map<String, List<Issue>> issues() {
		return issues;
	}

	/** @return whether some issue is an error */
	boolean hasErrors() {
		return issues.values().stream().flatMap(List::stream).anyMatch(i -> i.getSeverity() == Severity.ERROR);
	}

	/**
	 * @return whether the model cannot be worked with: a syntax error, an unresolved name, or a finding of a rule
	 *         that blocks generation (findings of the deployment's broken state do not)
	 */
	boolean isBlocked() {
		return issues.values().stream().flatMap(List::stream).anyMatch(LoadedModel::blocks);
	}

	static boolean blocks(Issue issue) {
		if (issue.getSeverity() != Severity.ERROR) {
			return false;
		}
		String code = issue.getCode();
		if (issue.isSyntaxError() || code == null || Diagnostic.LINKING_DIAGNOSTIC.equals(code)
				|| Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			return true;
		}
		Rule rule = Rule.ofCode(code);
		return rule == null || rule.blocksGeneration();
	}

	/** Prints the issues in {@code validate}'s format; only the blocking ones when {@code blockingOnly}. */
	void print(PrintStream out, boolean blockingOnly) {
		issues.forEach((name, list) -> list.stream().filter(i -> !blockingOnly || blocks(i))
				.forEach(issue -> out.println(ValidateVerb.format(name, issue))));
	}

	/** @return the deployments of the files, in the order given */
	List<Deployment> deployments() {
		List<Deployment> deployments = new ArrayList<>();
		for (Resource resource : resources.values()) {
			resource.getContents().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
					.forEach(deployments::add);
		}
		return deployments;
	}

	XtextResourceSet resourceSet() {
		return resourceSet;
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
