/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.cli.VerbOptions.UsageException;
import ccf.workbench.dsl.CcfText;
import ccf.workbench.configs.importer.ConfigImporter;
import ccf.workbench.configs.importer.ConfigRole;
import ccf.workbench.configs.importer.ImportRequest;
import ccf.workbench.configs.importer.ImportResult;
import ccf.workbench.configs.importer.ImportedFile;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.rewrite.SafeFiles;
import ccf.workbench.model.validation.Severity;

/**
 * {@code ccfw import}: builds a {@code .ccf} model from the configuration files of a CCF installation, then checks
 * it, so that the article's problems the files show are reported at once.
 */
final class ImportVerb implements Verb {

	static final String NAME = "import";
	static final String SUMMARY = "build a .ccf model from Agent Desktop, MMC, Web.config and applicationHost.config files";

	private static final Set<String> WITH_VALUE = Set.of("--server", "--fqdn", "--alias", "--domain", "--dns-domain",
			"--account", "--name", "--agent-desktop-path", "--mmc-path", "--output", "-o=--output");

	@Override
	public String usage() {
		return """
				Usage: ccfw import --server NAME --fqdn FQDN --alias ALIAS --domain NETBIOS
				                   --dns-domain DNSNAME --account DOMAIN\\user [--name NAME]
				                   [--agent-desktop-path WINPATH] [--mmc-path WINPATH]
				                   PATH... -o MODEL.ccf

				Scans the files and folders (every *.config below a folder) and recognises
				AgentDesktop.exe.config, Mmc.exe.config, the Web.config of each CCF 2009
				service (by the folder it is in, named after the service's virtual path)
				and IIS's applicationHost.config (by its <system.applicationHost>). It
				records each file with its local copy and every endpoint URL, matches the
				services to the catalogue, takes pools, identities and the Windows
				authentication settings from applicationHost.config, and writes a model
				that parses and validates. Then it prints what the model shows: endpoints
				that name the real server, missing SPNs, kernel mode without
				useAppPoolCredentials, and the rest of KB 969803's checks.

				  --server NAME        the IIS server's NetBIOS name, e.g. CCFIIS
				  --fqdn FQDN          its DNS name, e.g. ccfiis.fabrikam.com
				  --alias ALIAS        the alias the clients will use, e.g. CCFIISAlias
				  --domain NETBIOS     the domain's NetBIOS name, e.g. FABRIKAM
				  --dns-domain NAME    the domain's DNS name, e.g. fabrikam.com
				  --account DOMAIN\\user the account the CCF application pool runs as
				  --name NAME          the deployment's name (default: the model file's name)
				  --agent-desktop-path WINPATH, --mmc-path WINPATH
				                       where AgentDesktop.exe.config and Mmc.exe.config are on
				                       the client machines, e.g. "C:\\Program Files\\...\\
				                       AgentDesktop.exe.config"; the copies do not say, and
				                       the generated scripts that edit them need it
				  -o, --output FILE    the model to write; an existing file is kept as FILE.bak

				Local copies are recorded relative to the model's folder, so keep the model
				next to the copied files, or move them together.

				Exit codes: 0 model written (its findings are the problems to fix), 1 model
				written but some files could not be read, 2 wrong usage or nothing written.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		ImportRequest request;
		Path model;
		try {
			VerbOptions options = VerbOptions.parse(NAME, args, WITH_VALUE, Set.of());
			if (options.arguments().isEmpty()) {
				throw new UsageException("ccfw import: give the configuration files or folders to scan. Run 'ccfw "
						+ "import --help'.");
			}
			model = path(options.required(NAME, "--output"));
			List<Path> inputs = new ArrayList<>();
			for (String input : options.arguments()) {
				inputs.add(path(input));
			}
			String name = options.value("--name");
			if (name == null) {
				String file = model.getFileName().toString();
				name = file.toLowerCase(Locale.ROOT).endsWith(".ccf") ? file.substring(0, file.length() - 4) : file;
			}
			Path folder = model.toAbsolutePath().normalize().getParent();
			request = new ImportRequest(name, options.required(NAME, "--server"), options.required(NAME, "--fqdn"),
					options.required(NAME, "--alias"), options.required(NAME, "--domain"),
					options.required(NAME, "--dns-domain"), options.required(NAME, "--account"), inputs, folder,
					new ImportRequest.ClientPaths(options.value("--agent-desktop-path"), options.value("--mmc-path")));
		} catch (UsageException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		XtextResourceSet resourceSet = LoadedModel.newResourceSet();
		ImportResult result;
		try {
			result = ConfigImporter.run(request, resourceSet);
		} catch (IllegalArgumentException e) {
			err.println("ccfw import: " + e.getMessage() + ".");
			return USAGE;
		}
		String text;
		try {
			text = serialize(resourceSet, result, model);
			if (model.toAbsolutePath().getParent() != null) {
				Files.createDirectories(model.toAbsolutePath().getParent());
			}
			Path backup = SafeFiles.replace(model, text.getBytes(StandardCharsets.UTF_8));
			if (backup != null) {
				out.println("ccfw import: " + model + " existed; the old file is kept as " + backup.getFileName() + ".");
			}
		} catch (IOException e) {
			err.println("ccfw import: cannot write " + model + ": " + e.getMessage());
			return USAGE;
		}
		report(result, model, out);
		LoadedModel written = LoadedModel.load(List.of(model.toString()), err);
		written.print(out, false);
		boolean unreadable = result.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
		return written.unreadable() ? USAGE : unreadable ? FINDINGS : OK;
	}

	private static Path path(String name) throws UsageException {
		try {
			return Path.of(name);
		} catch (InvalidPathException e) {
			throw new UsageException("ccfw import: '" + name + "' is not a valid path: " + e.getReason() + ".");
		}
	}

	private static String serialize(XtextResourceSet resourceSet, ImportResult result, Path model) {
		return CcfText.of(resourceSet, result.deployment(), URI.createFileURI(model.toAbsolutePath().normalize().toString()),
				"Imported by ccfw import. Local copies are relative to this file's folder.");
	}

	private static void report(ImportResult result, Path model, PrintStream out) {
		long recognised = result.files().stream().filter(f -> f.role() != ConfigRole.UNRECOGNIZED).count();
		out.println("ccfw import: wrote " + model + " from " + recognised + " of " + result.files().size()
				+ " configuration file(s):");
		for (ImportedFile file : result.files()) {
			StringBuilder line = new StringBuilder("  ").append(file.name()).append(": ").append(file.role().label());
			if (!file.detail().isEmpty()) {
				line.append(" (").append(file.detail()).append(')');
			}
			if (file.role() != ConfigRole.UNRECOGNIZED || file.urls() > 0) {
				line.append(", ").append(file.urls()).append(" URL(s)");
				if (file.namingRealServer() > 0) {
					line.append(", ").append(file.namingRealServer()).append(" naming the real server");
				}
			}
			out.println(line);
		}
		for (ConfigProblem problem : result.problems()) {
			out.println(problem);
		}
		out.println("ccfw import: the model's findings (as 'ccfw validate " + model + "' prints them):");
	}
}
