/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import ccf.workbench.cli.VerbOptions.UsageException;
import ccf.workbench.directory.AliasVerification;
import ccf.workbench.directory.CnameLookup;
import ccf.workbench.directory.DirectoryException;
import ccf.workbench.directory.JndiCnameLookup;
import ccf.workbench.directory.LdapLogin;
import ccf.workbench.directory.LdapSpnDirectory;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.validation.Finding;

/**
 * {@code ccfw verify MODEL.ccf --ldap URL --dns SERVER}: checks the live directory and DNS against what KB 969803
 * asks of the model's aliases, and prints the findings in {@code validate}'s format. The password of a simple bind
 * is read from a file, never from the command line; {@code --gssapi} uses the tickets of {@code kinit}.
 */
final class VerifyVerb implements Verb {

	static final String NAME = "verify";
	static final String SUMMARY = "check the live Active Directory and DNS against a deployment";

	private final Function<String, CnameLookup> dns;

	VerifyVerb() {
		this(JndiCnameLookup::new);
	}

	/** @param dns the DNS of a server named by {@code --dns} */
	VerifyVerb(Function<String, CnameLookup> dns) {
		this.dns = dns;
	}

	@Override
	public String usage() {
		return """
				Usage: ccfw verify MODEL.ccf --ldap URL --dns SERVER
				                   (--bind-user USER --password-file FILE | --gssapi) [--base DN]

				Asks the domain controller what KB 969803 requires of the model's aliases and
				prints what is not so, one line each, in validate's format:

				  path:line:column: error: message [code]

				  alias-cname-missing, alias-cname-wrong-target   the alias's CNAME in DNS
				  spn-missing              a required SPN is not on the pool account
				  spn-on-other-principal   another account holds host/ of the alias
				  spn-http-hijack          another account holds HTTP/ of the alias (it takes
				                           the alias's tickets although host/ is right)
				  spn-server-on-account    the pool account holds host/ or HTTP/ of the server

				  --ldap URL            the directory, e.g. ldap://dc01.fabrikam.com
				  --dns SERVER          the DNS server to ask (host or address, optional :port)
				  --bind-user USER      simple bind as USER (user@domain or DOMAIN\\user) ...
				  --password-file FILE  ... with the password in the first line of FILE
				  --gssapi              SASL GSSAPI with the Kerberos tickets of kinit
				                        (KRB5CCNAME; KRB5_CONFIG is honoured)
				  --base DN             where accounts are searched (default: from the alias's
				                        domain, e.g. DC=fabrikam,DC=com)

				Passwords are never taken on the command line.

				Exit codes: 0 the directory is as the model requires, 1 findings (or a model
				with errors that leave nothing to verify), 2 wrong usage, a file that cannot
				be read, or a directory or DNS server that cannot be reached.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		for (String arg : args) {
			if (arg.equals("--password") || arg.startsWith("--password=") || arg.equals("-w")) {
				err.println("ccfw verify: passwords are never taken on the command line; use --password-file FILE or --gssapi.");
				return USAGE;
			}
		}
		VerbOptions options;
		try {
			options = VerbOptions.parse(NAME, args, Set.of("--ldap", "--dns", "--bind-user", "--password-file", "--base"),
					Set.of("--gssapi"));
			checkUsage(options);
		} catch (UsageException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		String model = options.arguments().get(0);
		LoadedModel loaded = LoadedModel.load(List.of(model), err);
		if (loaded.unreadable()) {
			return USAGE;
		}
		if (loaded.isBlocked()) {
			loaded.print(out, true);
			return FINDINGS;
		}
		Deployment deployment = loaded.deployments().get(0);
		char[] password = null;
		try {
			LdapLogin login;
			if (options.has("--gssapi")) {
				honourKrb5Config();
				login = new LdapLogin.Gssapi();
			} else {
				password = readPassword(options.value("--password-file"));
				login = new LdapLogin.SimpleBind(options.value("--bind-user"), password);
			}
			String base = options.has("--base") ? options.value("--base") : baseDn(deployment);
			List<Finding> findings;
			try (LdapSpnDirectory directory = LdapSpnDirectory.connect(options.value("--ldap"), base, login)) {
				findings = new AliasVerification(directory, dns.apply(options.value("--dns"))).verify(deployment);
			}
			findings.forEach(finding -> out.println(FindingLocation.format(model, finding)));
			return findings.isEmpty() ? OK : FINDINGS;
		} catch (UsageException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (DirectoryException e) {
			err.println("ccfw verify: " + e.getMessage());
			return USAGE;
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private static void checkUsage(VerbOptions options) throws UsageException {
		if (options.arguments().size() != 1) {
			throw new UsageException("ccfw verify: expected one MODEL.ccf. Run 'ccfw verify --help'.");
		}
		options.required(NAME, "--ldap");
		options.required(NAME, "--dns");
		boolean simple = options.has("--bind-user") || options.has("--password-file");
		if (simple == options.has("--gssapi")) {
			throw new UsageException("ccfw verify: give either --bind-user and --password-file, or --gssapi. Run 'ccfw verify --help'.");
		}
		if (simple) {
			options.required(NAME, "--bind-user");
			options.required(NAME, "--password-file");
		}
	}

	/** The first line of the file, without its line end; the bytes are wiped after decoding. */
	private static char[] readPassword(String file) throws UsageException {
		byte[] bytes = null;
		try {
			bytes = Files.readAllBytes(Path.of(file));
			CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
			int end = 0;
			while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
				end++;
			}
			char[] password = new char[end];
			chars.get(0, password);
			Arrays.fill(chars.array(), '\0');
			if (password.length == 0) {
				throw new UsageException("ccfw verify: the password file " + file + " is empty.");
			}
			return password;
		} catch (IOException | InvalidPathException e) {
			throw new UsageException("ccfw verify: cannot read the password file " + file + ".");
		} finally {
			if (bytes != null) {
				Arrays.fill(bytes, (byte) 0);
			}
		}
	}

	/** The JDK reads java.security.krb5.conf, not KRB5_CONFIG as kinit does: follow kinit unless told otherwise. */
	private static void honourKrb5Config() {
		String config = System.getenv("KRB5_CONFIG");
		if (config != null && !config.isBlank() && System.getProperty("java.security.krb5.conf") == null) {
			System.setProperty("java.security.krb5.conf", config);
		}
	}

	/** DC=fabrikam,DC=com from the DNS name of the first alias's domain (or the deployment's first domain). */
	static String baseDn(Deployment deployment) throws UsageException {
		Domain domain = deployment.getAliases().stream().map(Alias::domain).filter(d -> d != null && d.getDnsName() != null).findFirst()
				.orElse(deployment.getDomains().stream().filter(d -> d.getDnsName() != null).findFirst().orElse(null));
		if (domain == null) {
			throw new UsageException("ccfw verify: the model names no domain with a DNS name; give --base DN.");
		}
		return "DC=" + String.join(",DC=", domain.getDnsName().split("\\."));
	}
}
