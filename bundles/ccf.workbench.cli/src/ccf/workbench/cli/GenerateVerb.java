/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import ccf.workbench.dsl.CcfStandaloneSetup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.Rule;
import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.Dialect;
import ccf.workbench.remediation.GenerationException;
import ccf.workbench.remediation.LocalCopyRewriter;
import ccf.workbench.remediation.RemediationGenerator;
import ccf.workbench.remediation.output.OutputConflictException;
import ccf.workbench.remediation.output.OutputFolder;

/**
 * {@code ccfw generate MODEL.ccf -o DIR}: the whole KB 969803 remediation of a deployment, rendered from its plan
 * into a folder with a manifest. The findings the remediation fixes (the "before" state) are its input; findings
 * that leave no correct plan (syntax, unresolved names, unsafe names, no alias) stop it, unless {@code --force} is
 * given for the latter.
 */
final class GenerateVerb implements Verb {

	static final String NAME = "generate";
	static final String SUMMARY = "write the remediation of KB 969803: scripts, transforms, SQL, runbook";

	private final LocalCopyRewriter rewriter;

	GenerateVerb() {
		this(null);
	}

	/** @param rewriter rewrites the local copies of configuration files, or null to leave them out */
	GenerateVerb(LocalCopyRewriter rewriter) {
		this.rewriter = rewriter;
	}

	@Override
	public String usage() {
		return """
				Usage: ccfw generate MODEL.ccf -o DIR [--dialect powershell|cmd|samba]... [--force]

				Writes the remediation of KB 969803 for the deployment into DIR: plan.json,
				runbook.md and runbook.html (start there), and per group of steps (DNS
				administrator, domain administrator, each IIS server, each SQL Server, each
				client group) the scripts and their rollback, XDT transforms, the IIS XML,
				.reg files and T-SQL. DIR/MANIFEST.sha256 lists the files; a file in DIR that
				an earlier run did not write is never overwritten. The same model gives the
				same files. DIR switches from the old set of files to the new one in one
				step: a run that is killed leaves the complete old set, or a switch that
				the next run completes.

				  -o, --output DIR   the folder to write (created when missing)
				  --dialect D        powershell, cmd or samba; repeat or separate with commas
				                     (default: all three)
				  --force            generate although the model has findings that leave no
				                     correct plan (not syntax errors or unresolved names)

				The findings the remediation fixes (an endpoint naming the real server, a
				missing SPN or CNAME, ...) never stop it: they are what it fixes.

				Exit codes: 0 generated, 1 the model has errors that stop generation,
				2 wrong usage, a file that cannot be read, or files in DIR it would overwrite.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		String model = null;
		String output = null;
		Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
		boolean force = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "-o", "--output", "--dialect" -> {
				if (i + 1 >= args.size()) {
					return usage(err, "option '" + arg + "' needs a value");
				}
				String value = args.get(++i);
				if (arg.equals("--dialect")) {
					for (String id : value.split(",")) {
						if (Dialect.of(id.trim()).isEmpty()) {
							return usage(err, "unknown dialect '" + id.trim() + "' (powershell, cmd, samba)");
						}
						dialects.add(Dialect.of(id.trim()).get());
					}
				} else {
					output = value;
				}
			}
			case "--force" -> force = true;
			default -> {
				if (arg.startsWith("-")) {
					return usage(err, "unknown option '" + arg + "'");
				}
				if (model != null) {
					return usage(err, "expected one MODEL.ccf, got '" + model + "' and '" + arg + "'");
				}
				model = arg;
			}
			}
		}
		if (model == null || output == null) {
			return usage(err, model == null ? "expected a MODEL.ccf" : "expected the output folder (-o DIR)");
		}
		Path file;
		Path folder;
		try {
			file = Path.of(model);
			folder = Path.of(output);
		} catch (InvalidPathException e) {
			err.println(e.getInput() + ": error: not a valid path: " + e.getReason() + ".");
			return USAGE;
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println(model + ": error: cannot read the file; check the path and its permissions.");
			return USAGE;
		}
		XtextResourceSet resourceSet = CcfStandaloneSetup.doSetup().getInstance(XtextResourceSet.class);
		Resource resource;
		try {
			resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		} catch (RuntimeException e) {
			err.println(model + ": error: cannot read the file: " + e.getMessage());
			return USAGE;
		}
		EcoreUtil.resolveAll(resourceSet);
		if (!check(model, resource, force, out, err)) {
			return FINDINGS;
		}
		Deployment deployment = (Deployment) resource.getContents().get(0);
		List<Artifact> artifacts;
		try {
			artifacts = new RemediationGenerator().dialects(dialects).force(true)
					.localCopies(rewriter, file.toAbsolutePath().getParent()).generate(deployment);
		} catch (GenerationException e) {
			err.println(model + ": error: " + e.getMessage());
			return FINDINGS;
		}
		try {
			OutputFolder.Report report = new OutputFolder(folder).write(artifacts);
			if (report.recovered()) {
				out.println(output + ": an earlier run was interrupted while switching the folder's files; it was "
						+ "completed or rolled back first.");
			}
			out.println("Generated " + artifacts.size() + " files in " + output + " (" + report.written().size() + " written, "
					+ report.unchanged().size() + " unchanged, " + report.removed().size() + " removed); start with "
					+ folder.resolve("runbook.html") + ".");
			report.keptEdited().forEach(path -> out.println(folder.resolve(path) + ": kept: no longer generated, but edited since."));
			return OK;
		} catch (OutputConflictException e) {
			err.println("ccfw generate: " + e.getMessage());
			return USAGE;
		} catch (IOException e) {
			err.println(output + ": error: cannot write: " + e.getMessage());
			return USAGE;
		}
	}

	/**
	 * Prints the errors that stop generation as validate prints them, and counts the findings the remediation fixes.
	 *
	 * @return whether generation may go on
	 */
	private static boolean check(String path, Resource resource, boolean force, PrintStream out, PrintStream err) {
		List<Issue> issues = LoadedModel.validate(resource);
		List<Issue> blocking = new ArrayList<>();
		boolean unforceable = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment);
		int remediable = 0;
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.ERROR) {
				continue;
			}
			Rule rule = issue.getCode() == null ? null : Rule.ofCode(issue.getCode());
			if (rule != null && !rule.blocksGeneration()) {
				remediable++;
				continue;
			}
			blocking.add(issue);
			unforceable |= rule == null || issue.isSyntaxError() || Diagnostic.LINKING_DIAGNOSTIC.equals(issue.getCode());
		}
		blocking.forEach(issue -> err.println(ValidateVerb.format(path, issue)));
		if (!blocking.isEmpty() && (unforceable || !force)) {
			err.println("ccfw generate: " + blocking.size() + " error" + (blocking.size() == 1 ? "" : "s")
					+ " leave no correct plan; nothing was generated. Fix " + (blocking.size() == 1 ? "it" : "them")
					+ (unforceable ? "." : ", or run with --force."));
			return false;
		}
		if (remediable > 0) {
			out.println(path + ": " + remediable + " finding" + (remediable == 1 ? "" : "s")
					+ " of KB 969803 describe the state the remediation fixes.");
		}
		return true;
	}

	private static int usage(PrintStream err, String problem) {
		err.println("ccfw generate: " + problem + ". Run 'ccfw generate --help'.");
		return USAGE;
	}
}
