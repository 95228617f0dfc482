/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * {@code ccfw}, the headless command of CCF Workbench. It starts on a plain JVM; {@code --help} and
 * {@code --version} load nothing but this class, so that scripts that call it stay fast.
 */
public final class Ccfw {

	static final String NAME = "ccfw";

	private final PrintStream out;
	private final PrintStream err;

	Ccfw(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		int code = new Ccfw(System.out, System.err).run(Arrays.asList(args));
		System.out.flush();
		System.exit(code);
	}

	int run(List<String> args) {
		if (args.isEmpty()) {
			err.print(overview());
			return Verb.USAGE;
		}
		String first = args.get(0);
		switch (first) {
		case "-h", "--help", "help":
			return args.size() > 1 && first.equals("help") ? helpOf(args.get(1)) : printOverview();
		case "-V", "--version", "version":
			out.println(NAME + " " + version() + " (CCF Workbench)");
			return Verb.OK;
		default:
			break;
		}
		if (first.startsWith("-")) {
			err.println(NAME + ": unknown option '" + first + "'. Run '" + NAME + " --help' for the options.");
			return Verb.USAGE;
		}
		Optional<Verb> verb = verb(first);
		if (verb.isEmpty()) {
			err.println(NAME + ": unknown verb '" + first + "'. Run '" + NAME + " --help' for the verbs.");
			return Verb.USAGE;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(verb.get().usage());
			return Verb.OK;
		}
		try {
			return verb.get().run(rest, out, err);
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			err.println(NAME + " " + first + ": internal error: " + e
					+ ". Please report it with the command line that caused it.");
			if (System.getenv("CCFW_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return Verb.USAGE;
		}
	}

	/** The verbs, created on demand so that classes of other verbs are not loaded. */
	static Optional<Verb> verb(String name) {
		return switch (name) {
		case DescribeVerb.NAME -> Optional.of(new DescribeVerb());
		case ValidateVerb.NAME -> Optional.of(new ValidateVerb());
		case GenerateVerb.NAME -> Optional.of(new GenerateVerb(new ccf.workbench.remediation.ConfigsLocalCopyRewriter()));
		case ImportVerb.NAME -> Optional.of(new ImportVerb());
		case PlanVerb.NAME -> Optional.of(new PlanVerb());
		case RewriteVerb.NAME -> Optional.of(new RewriteVerb());
		case VerifyVerb.NAME -> Optional.of(new VerifyVerb());
		default -> Optional.empty();
		};
	}

	private int printOverview() {
		out.print(overview());
		return Verb.OK;
	}

	private int helpOf(String name) {
		Optional<Verb> verb = verb(name);
		if (verb.isEmpty()) {
			err.println(NAME + ": unknown verb '" + name + "'. Run '" + NAME + " --help' for the verbs.");
			return Verb.USAGE;
		}
		out.print(verb.get().usage());
		return Verb.OK;
	}

	static String overview() {
		return """
				Usage: ccfw VERB [OPTIONS] [ARGS]
				       ccfw --help | --version

				CCF Workbench on the command line: models a Customer Care Framework 2009
				deployment and checks it against Microsoft KB 969803 (Kerberos fails after
				.NET 3.5 SP1 with "The authentication header received from the server was
				'Negotiate'").

				Verbs:
				  validate   %s
				  generate   %s
				  import     %s
				  plan       %s
				  rewrite    %s
				  describe   %s
				  verify     %s

				Options:
				  -h, --help      print this help, or a verb's help with 'ccfw help VERB'
				  -V, --version   print the version

				Exit codes: 0 success, 1 errors found, 2 wrong usage or unreadable input.
				""".formatted(ValidateVerb.SUMMARY, GenerateVerb.SUMMARY, ImportVerb.SUMMARY, PlanVerb.SUMMARY,
				RewriteVerb.SUMMARY, DescribeVerb.SUMMARY, VerifyVerb.SUMMARY);
	}

	/** The version of the ccf.workbench.cli bundle without its build qualifier, then the qualifier. */
	static String version() {
		String bundleVersion = readManifest().map(m -> m.getMainAttributes().getValue("Bundle-Version")).orElse(null);
		if (bundleVersion == null) {
			return "(unknown version)";
		}
		String[] parts = bundleVersion.split("\\.", 4);
		if (parts.length == 4) {
			return parts[0] + "." + parts[1] + "." + parts[2] + " (build " + parts[3] + ")";
		}
		return bundleVersion;
	}

	private static Optional<Manifest> readManifest() {
		try {
			URL location = Ccfw.class.getProtectionDomain().getCodeSource().getLocation();
			Path path = Path.of(location.toURI());
			if (Files.isDirectory(path)) {
				Path manifest = findManifestAbove(path);
				if (manifest != null) {
					try (InputStream in = Files.newInputStream(manifest)) {
						return Optional.of(new Manifest(in));
					}
				}
			} else if (Files.isRegularFile(path)) {
				try (JarFile jar = new JarFile(path.toFile(), false)) {
					return Optional.ofNullable(jar.getManifest());
				}
			}
		} catch (IOException | URISyntaxException | RuntimeException e) {
			// No code source (e.g. a custom class loader): fall back to the class loader's resource.
		}
		try (InputStream in = Ccfw.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			return in == null ? Optional.empty() : Optional.of(new Manifest(in));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** In a development build the classes sit in target/classes and the manifest in the bundle's META-INF. */
	private static Path findManifestAbove(Path classes) {
		for (Path dir = classes; dir != null; dir = dir.getParent()) {
			Path manifest = dir.resolve("META-INF/MANIFEST.MF");
			if (Files.isRegularFile(manifest)) {
				return manifest;
			}
		}
		return null;
	}
}
