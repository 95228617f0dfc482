/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ccf.workbench.cli.VerbOptions.UsageException;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.rewrite.Change;
import ccf.workbench.configs.rewrite.FileRewrite;
import ccf.workbench.configs.rewrite.LocalCopyRewrites;
import ccf.workbench.configs.rewrite.LocalCopyRewrites.Planned;
import ccf.workbench.configs.rewrite.SafeFiles;
import ccf.workbench.model.deployment.Deployment;

/**
 * {@code ccfw plan MODEL.ccf [--output DIR]}: shows, as unified diffs, what the remediation changes in every
 * configuration file the model has a local copy of, and optionally writes the rewritten copies.
 */
final class PlanVerb implements Verb {

	static final String NAME = "plan";
	static final String SUMMARY = "show the remediation's changes to the configuration files as diffs";

	@Override
	public String usage() {
		return """
				Usage: ccfw plan MODEL.ccf [--output DIR]

				For each configuration file of the model that has a local copy, prints a
				unified diff of what the remediation of KB 969803 changes: endpoint URLs
				that name the real server move to the alias (the NetBIOS name to the
				alias's name, the FQDN to the alias's FQDN; nothing else in the file
				changes), and applicationHost.config gets useKernelMode and
				useAppPoolCredentials for each CCF service whose pool runs as a domain
				account. A summary follows. The local copies are not changed.

				  -o, --output DIR   also write the rewritten copies into DIR, in the same
				                     layout as the local copies (unchanged files too);
				                     a file already there is kept as FILE.bak; nothing is
				                     written when a local copy cannot be read

				Exit codes: 0 success, 1 the model cannot be used (its blocking errors are
				printed) or a local copy cannot be read, 2 wrong usage or an unreadable
				model file.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		VerbOptions options;
		Path output;
		try {
			options = VerbOptions.parse(NAME, args, Set.of("--output", "-o=--output"), Set.of());
			if (options.arguments().size() != 1) {
				throw new UsageException("ccfw plan: expected one model file. Run 'ccfw plan --help'.");
			}
			output = options.value("--output") == null ? null : Path.of(options.value("--output"));
		} catch (UsageException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (InvalidPathException e) {
			err.println("ccfw plan: --output is not a valid path: " + e.getReason() + ".");
			return USAGE;
		}
		String modelName = options.arguments().get(0);
		LoadedModel model = LoadedModel.load(List.of(modelName), err);
		if (model.unreadable()) {
			return USAGE;
		}
		if (model.isBlocked()) {
			err.println("ccfw plan: the model has errors that leave no correct plan; fix them first:");
			model.print(err, true);
			return FINDINGS;
		}
		Path folder = Path.of(modelName).toAbsolutePath().normalize().getParent();
		List<Planned> planned = new ArrayList<>();
		try {
			for (Deployment deployment : model.deployments()) {
				planned.addAll(LocalCopyRewrites.plan(deployment, folder));
			}
		} catch (IllegalArgumentException e) {
			err.println("ccfw plan: " + e.getMessage() + ".");
			return FINDINGS;
		}
		boolean failed = print(planned, folder, out);
		if (output != null && failed) {
			err.println("ccfw plan: nothing was written to " + output + ": some local copies cannot be read (see above), "
					+ "and a partial set of rewritten copies is easily taken for the whole one. Fix them first.");
		} else if (output != null) {
			failed |= write(planned, output, out, err);
		}
		return failed ? FINDINGS : OK;
	}

	private static boolean print(List<Planned> planned, Path folder, PrintStream out) {
		boolean failed = false;
		int changedFiles = 0;
		int unchangedFiles = 0;
		long urls = 0;
		long locations = 0;
		for (Planned file : planned) {
			for (FileRewrite rewrite : file.rewrites()) {
				String label = label(folder, rewrite.path());
				out.print(rewrite.diff("a/" + label, "b/" + label));
				if (rewrite.changesFile()) {
					changedFiles++;
				} else {
					unchangedFiles++;
				}
			}
			for (ConfigProblem problem : file.problems()) {
				out.println(problem);
			}
			failed |= file.failed();
			urls += file.changes(Change.Kind.URL);
			locations += file.changes(Change.Kind.LOCATION);
		}
		out.println("ccfw plan: " + changedFiles + " file(s) to change (" + urls + " URL(s), " + locations
				+ " location(s)), " + unchangedFiles + " unchanged" + (failed ? ", some local copies unreadable" : "")
				+ (planned.isEmpty() ? "; the model has no configuration file with a local copy" : "") + ".");
		return failed;
	}

	private static String label(Path folder, Path file) {
		try {
			return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
		} catch (IllegalArgumentException e) {
			return file.toString();
		}
	}

	/** Writes every rewritten file below {@code output}, relative to the folder all local copies share. */
	private static boolean write(List<Planned> planned, Path output, PrintStream out, PrintStream err) {
		List<Path> paths = planned.stream().flatMap(p -> p.rewrites().stream()).map(r -> r.path().toAbsolutePath().normalize())
				.toList();
		if (paths.isEmpty()) {
			return false;
		}
		Path root = commonFolder(paths);
		Path target = output.toAbsolutePath().normalize();
		if (paths.stream().anyMatch(p -> target.resolve(root.relativize(p)).equals(p))) {
			err.println("ccfw plan: --output " + output + " would overwrite the local copies themselves; choose another "
					+ "folder (use 'ccfw rewrite' to change files in place).");
			return true;
		}
		boolean failed = false;
		int written = 0;
		for (Planned file : planned) {
			for (FileRewrite rewrite : file.rewrites()) {
				Path destination = target.resolve(root.relativize(rewrite.path().toAbsolutePath().normalize()));
				try {
					SafeFiles.replace(destination, rewrite.result());
					written++;
				} catch (IOException e) {
					err.println(destination + ": error: cannot write: " + e.getMessage());
					failed = true;
				}
			}
		}
		out.println("ccfw plan: wrote " + written + " file(s) below " + output + ".");
		return failed;
	}

	static Path commonFolder(List<Path> files) {
		Path common = files.get(0).getParent();
		for (Path file : files) {
			while (common != null && !file.startsWith(common)) {
				common = common.getParent();
			}
		}
		return common == null ? files.get(0).getRoot() : common;
	}
}
