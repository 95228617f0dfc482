/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Stream;

import ccf.workbench.cli.VerbOptions.UsageException;
import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.read.ConfigReader;
import ccf.workbench.configs.rewrite.EndpointRewriter;
import ccf.workbench.configs.rewrite.FileRewrite;
import ccf.workbench.configs.rewrite.HostMapping;
import ccf.workbench.configs.rewrite.SafeFiles;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.Severity;

/**
 * {@code ccfw rewrite}: moves the endpoint URLs of configuration files from the real server to the alias, in place
 * (each changed file keeps a {@code .bak}) or into another folder. Only the hosts of URLs change.
 */
final class RewriteVerb implements Verb {

	static final String NAME = "rewrite";
	static final String SUMMARY = "move endpoint URLs of .config files to the alias, in place with backups";

	private static final Set<String> WITH_VALUE = Set.of("--server", "--fqdn", "--alias", "--alias-fqdn", "--model",
			"--output", "-o=--output");
	private static final Set<String> FLAGS = Set.of("--dry-run", "--diff");

	/** The outcome of one file. */
	private record Result(String report, int urls, boolean changed, boolean failed) {
	}

	@Override
	public String usage() {
		return """
				Usage: ccfw rewrite --server NAME [--fqdn FQDN] --alias ALIAS [--alias-fqdn FQDN]
				                    [--output DIR] [--dry-run] [--diff] PATH...
				       ccfw rewrite --model MODEL.ccf [--output DIR] [--dry-run] [--diff] PATH...

				Rewrites the endpoint URLs of .NET configuration files (every *.config below
				a folder): in <client> and <services> endpoints, <appSettings> and
				<applicationSettings> values, and in the sections those files include with
				configSource= or <appSettings file=>, a URL whose host is the real server
				(any case) gets the alias as host: the NetBIOS name becomes the alias's
				name, the FQDN the alias's FQDN. Scheme, port, path and every other byte
				of the file stay as they are; comments are never touched. A file that is
				not well-formed is reported with line and column and left alone.

				Files are changed in place: each changed file is replaced atomically and its
				old content is kept as FILE.bak. Running it again changes nothing.

				  --server NAME      the real server's NetBIOS name, e.g. CCFIIS
				  --fqdn FQDN        its FQDN, e.g. ccfiis.fabrikam.com
				  --alias ALIAS      the alias, e.g. CCFIISAlias
				  --alias-fqdn FQDN  the alias's FQDN (default: ALIAS in the server's DNS domain,
				                     in lower case)
				  --model FILE       take servers and aliases from a .ccf model instead
				  -o, --output DIR   write the rewritten files into DIR (same layout) instead
				  --dry-run          change nothing, only report
				  --diff             print a unified diff of each change

				Exit codes: 0 success, 1 some files could not be read or written, 2 wrong
				usage.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		VerbOptions options;
		HostMapping mapping;
		List<Path> inputs = new ArrayList<>();
		Path output;
		try {
			options = VerbOptions.parse(NAME, args, WITH_VALUE, FLAGS);
			if (options.arguments().isEmpty()) {
				throw new UsageException("ccfw rewrite: give the files or folders to rewrite. Run 'ccfw rewrite --help'.");
			}
			for (String argument : options.arguments()) {
				inputs.add(Path.of(argument));
			}
			output = options.value("--output") == null ? null : Path.of(options.value("--output"));
			mapping = mapping(options, err);
			if (mapping == null) {
				return USAGE;
			}
		} catch (UsageException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (InvalidPathException e) {
			err.println("ccfw rewrite: '" + e.getInput() + "' is not a valid path: " + e.getReason() + ".");
			return USAGE;
		} catch (IllegalArgumentException e) {
			err.println("ccfw rewrite: " + e.getMessage() + ".");
			return USAGE;
		}
		List<Path> files;
		try {
			files = files(inputs, err);
		} catch (UncheckedIOException e) {
			err.println("ccfw rewrite: " + e.getCause().getMessage());
			return USAGE;
		}
		if (files == null) {
			err.println("ccfw rewrite: some paths do not exist; nothing was changed.");
			return USAGE;
		}
		Path root = files.isEmpty() ? null : PlanVerb.commonFolder(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
		boolean dryRun = options.has("--dry-run");
		boolean diff = options.has("--diff");
		List<Result> results = inParallel(files, file -> rewrite(file, mapping, root, output, dryRun, diff));
		int changed = 0;
		int urls = 0;
		boolean failed = false;
		for (Result result : results) {
			out.print(result.report());
			changed += result.changed() ? 1 : 0;
			urls += result.urls();
			failed |= result.failed();
		}
		out.println("ccfw rewrite: " + changed + " of " + files.size() + " file(s) " + (dryRun ? "would change" : "changed")
				+ " (" + urls + " URL(s))" + (failed ? "; some files could not be rewritten, see above" : "") + ".");
		return failed ? FINDINGS : OK;
	}

	/**
	 * Runs {@code task} on every file, results in file order. The threads outnumber the cores because each file ends
	 * with a flush to disk that waits for the device, not for a core; waiting together lets the file system write
	 * several files in one journal commit.
	 */
	private static <T> List<T> inParallel(List<Path> files, Function<Path, T> task) {
		int threads = Math.min(16, Math.max(4, 4 * Runtime.getRuntime().availableProcessors()));
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(() -> files.parallelStream().map(task).toList()).join();
		} finally {
			pool.shutdown();
		}
	}

	private static HostMapping mapping(VerbOptions options, PrintStream err) throws UsageException {
		if (options.has("--model")) {
			if (options.has("--server") || options.has("--alias")) {
				throw new UsageException("ccfw rewrite: give either --model or --server and --alias, not both.");
			}
			LoadedModel model = LoadedModel.load(List.of(options.value("--model")), err);
			if (model.unreadable()) {
				return null;
			}
			if (model.isBlocked()) {
				err.println("ccfw rewrite: the model has errors that leave no correct rewrite; fix them first:");
				model.print(err, true);
				return null;
			}
			HostMapping mapping = new HostMapping();
			for (Deployment deployment : model.deployments()) {
				HostMapping.of(deployment).replacements().forEach(mapping::map);
			}
			return mapping;
		}
		String server = options.required(NAME, "--server");
		String alias = options.required(NAME, "--alias");
		HostMapping mapping = new HostMapping().map(server, alias);
		String fqdn = options.value("--fqdn");
		String aliasFqdn = options.value("--alias-fqdn");
		if (fqdn != null) {
			int dot = fqdn.indexOf('.');
			if (aliasFqdn == null && dot < 0) {
				throw new UsageException("ccfw rewrite: --fqdn " + fqdn + " has no DNS domain; give --alias-fqdn.");
			}
			mapping.map(fqdn, aliasFqdn != null ? aliasFqdn : (alias + fqdn.substring(dot)).toLowerCase(Locale.ROOT));
		} else if (aliasFqdn != null) {
			throw new UsageException("ccfw rewrite: --alias-fqdn needs --fqdn, the name it replaces.");
		}
		return mapping;
	}

	/** @return the files to rewrite, or {@code null} when an input does not exist */
	private static List<Path> files(List<Path> inputs, PrintStream err) {
		Set<Path> files = new LinkedHashSet<>();
		boolean missing = false;
		for (Path input : inputs) {
			if (Files.isRegularFile(input)) {
				files.add(input);
			} else if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input, 32)) {
					walk.filter(Files::isRegularFile)
							.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".config"))
							.sorted().forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else {
				err.println(input + ": error: no such file or folder.");
				missing = true;
			}
		}
		return missing ? null : new ArrayList<>(files);
	}

	private static Result rewrite(Path file, HostMapping mapping, Path root, Path output, boolean dryRun, boolean diff) {
		StringBuilder report = new StringBuilder();
		ConfigFileContent content;
		try {
			content = ConfigReader.read(file, file.toString());
		} catch (ConfigSyntaxException e) {
			return new Result(e.getMessage() + ". The file was left unchanged.\n", 0, false, true);
		}
		boolean changed = false;
		boolean failed = false;
		int urls = 0;
		for (ConfigProblem problem : content.problems()) {
			report.append(problem).append('\n');
		}
		for (FileRewrite rewrite : EndpointRewriter.rewrite(content, mapping)) {
			for (ConfigProblem problem : rewrite.problems()) {
				report.append(problem).append('\n');
				failed |= problem.severity() == Severity.ERROR;
			}
			Path destination = output == null ? rewrite.path()
					: output.resolve(root.relativize(rewrite.path().toAbsolutePath().normalize()));
			if (!rewrite.changesFile() && output == null) {
				continue;
			}
			if (diff) {
				report.append(rewrite.diff("a/" + rewrite.path(), "b/" + destination));
			}
			changed |= rewrite.changesFile();
			urls += rewrite.changes().size();
			if (dryRun) {
				continue;
			}
			try {
				Path backup = SafeFiles.replace(destination, rewrite.result());
				if (rewrite.changesFile()) {
					report.append(destination).append(": ").append(rewrite.changes().size()).append(" URL(s) moved to the alias")
							.append(backup == null ? "" : "; the old file is " + backup.getFileName()).append('\n');
				}
			} catch (IOException e) {
				report.append(destination).append(": error: cannot write: ").append(e.getMessage()).append('\n');
				failed = true;
			}
		}
		return new Result(report.toString(), urls, changed, failed);
	}
}
