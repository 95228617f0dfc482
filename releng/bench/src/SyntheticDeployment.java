/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic, realistic CCF 2009 deployment of about the given number of lines, for the .ccf benchmark:
 * contact-center sites, each a farm of 3 to 6 IIS servers behind one alias (the 12 CCF services in the pool of a
 * domain account), an Agent Desktop client group with endpoints, a SQL Server with its CCFInfrastructure database, and
 * the SPNs Windows and the administrators registered. About a quarter of the sites are still in the KB 969803 "before"
 * state in one or more ways (endpoints on the real server, no CNAME, no alias SPNs, kernel mode without
 * useAppPoolCredentials, the alias outside the Local Intranet zone), so the rules report findings.
 * <p>
 * The deployment is written twice: {@code single/contoso.ccf}, and {@code split/} with the directory (domains, DNS
 * records, accounts) in {@code directory.ccf} and the sites in at least four files of at most 10,000 lines, which
 * refer to the domains and accounts of {@code directory.ccf}.
 * <p>
 * Usage: {@code java SyntheticDeployment.java LINES OUTPUT-FOLDER}; prints lines, sites, servers, files and
 * cross-references per line. Deterministic: the same size gives the same files.
 */
public final class SyntheticDeployment {

	private static final String[] SERVICES = { "AgentCredentials", "AdminConsole", "ContactCenterAIF", "ContactCenter",
			"Customer", "Gateway", "DemoWebApplication", "MultichannelServer", "MultichannelSite", "AgentLoginManager",
			"ConfigurationService", "ConfigManagementDataService" };
	private static final String[] CLIENT_PATHS = {
			"Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService/ConfigurationService.svc",
			"Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx" };
	private static final int LINES_PER_PART = 10_000;
	private static final int LINES_PER_SITE = 90;

	/** A site in the KB 969803 "before" state in some ways. */
	private record Flaws(boolean realServerUrls, boolean noCname, boolean noAliasSpns, boolean noAppPoolCredentials,
			boolean notInIntranetZone) {
		static final Flaws NONE = new Flaws(false, false, false, false, false);
	}

	private record Site(int number, int domain, int servers, Flaws flaws) {
		String id() {
			return String.format(Locale.ROOT, "%05d", number);
		}
	}

	private final int targetLines;
	private final int domains;
	private final List<Site> sites = new ArrayList<>();
	private int crossReferences;

	private SyntheticDeployment(int targetLines, int siteCount) {
		this.targetLines = targetLines;
		// Many domains, but many more sites: each zone holds the records of a growing number of sites.
		this.domains = Math.max(1, (int) Math.round(Math.sqrt(siteCount) / 2));
		Random random = new Random(969803L);
		for (int i = 1; i <= siteCount; i++) {
			boolean before = random.nextInt(4) == 0;
			Flaws flaws = before
					? new Flaws(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
							random.nextBoolean())
					: Flaws.NONE;
			sites.add(new Site(i, 1 + (i - 1) % domains, 3 + random.nextInt(4), flaws));
		}
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java SyntheticDeployment.java LINES OUTPUT-FOLDER");
			System.exit(2);
		}
		int lines = Integer.parseInt(args[0]);
		// Sites differ in size: estimate, then correct the number of sites once with the measured lines per site.
		int estimate = Math.max(1, lines / LINES_PER_SITE);
		SyntheticDeployment first = new SyntheticDeployment(lines, estimate);
		double perSite = (double) lines(first.single()) / estimate;
		new SyntheticDeployment(lines, Math.max(1, (int) Math.round(lines / perSite))).write(Path.of(args[1]));
	}

	private StringBuilder single() {
		crossReferences = 0;
		StringBuilder single = new StringBuilder();
		open(single);
		directory(single);
		sites.forEach(site -> site(single, site));
		close(single);
		return single;
	}

	private void write(Path out) throws IOException {
		Files.createDirectories(out.resolve("single"));
		Files.createDirectories(out.resolve("split"));
		StringBuilder single = single();
		Files.writeString(out.resolve("single/contoso.ccf"), single);
		int lines = lines(single);
		int references = crossReferences;

		// The same deployment split: the directory, then the sites in at least four parts of at most 10,000 lines.
		StringBuilder directory = new StringBuilder();
		open(directory);
		directory(directory);
		close(directory);
		Files.writeString(out.resolve("split/directory.ccf"), directory);
		int partLines = Math.min(LINES_PER_PART, Math.max(1, lines / 4));
		int parts = 0;
		StringBuilder part = null;
		int partLength = 0;
		for (Site site : sites) {
			if (part == null) {
				part = new StringBuilder();
				open(part);
				partLength = 0;
			}
			StringBuilder text = new StringBuilder();
			site(text, site);
			part.append(text);
			partLength += lines(text);
			if (partLength >= partLines) {
				close(part);
				Files.writeString(out.resolve(String.format(Locale.ROOT, "split/sites-%03d.ccf", ++parts)), part);
				part = null;
			}
		}
		if (part != null) {
			close(part);
			Files.writeString(out.resolve(String.format(Locale.ROOT, "split/sites-%03d.ccf", ++parts)), part);
		}
		long servers = sites.stream().mapToInt(Site::servers).sum();
		long before = sites.stream().filter(s -> !s.flaws().equals(Flaws.NONE)).count();
		System.out.printf(Locale.ROOT,
				"%d lines (target %d), %d domains, %d sites (%d in a before state), %d web servers, %d+1 split files, "
						+ "%.2f cross-references per line%n",
				lines, targetLines, domains, sites.size(), before, servers, parts, (double) references / lines);
	}

	private static int lines(CharSequence text) {
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

	private static void open(StringBuilder out) {
		out.append("// Synthetic deployment for the .ccf benchmark (releng/bench/dsl.sh).\n");
		out.append("deployment Contoso description \"Contoso contact centers, CCF 2009.\" {\n");
	}

	private static void close(StringBuilder out) {
		out.append("}\n");
	}

	private static String domain(int domain) {
		return String.format(Locale.ROOT, "CORP%02d", domain);
	}

	private static String dns(int domain) {
		return String.format(Locale.ROOT, "corp%02d.contoso.com", domain);
	}

	private static String account(Site site) {
		return "svc-ccf" + site.id();
	}

	private static String server(Site site, int i) {
		return "CCF" + site.id() + "W" + i;
	}

	private static String alias(Site site) {
		return "CCF" + site.id();
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** Domains with their controllers and the DNS records of the sites, then the service accounts. */
	private void directory(StringBuilder out) {
		for (int d = 1; d <= domains; d++) {
			out.append("\n\tdomain ").append(domain(d)).append(" dns \"").append(dns(d)).append("\" {\n");
			out.append("\t\tcontroller ").append(domain(d)).append("DC1 fqdn \"").append(lower(domain(d))).append("dc1.")
					.append(dns(d)).append("\"\n");
			out.append("\t\tcontroller ").append(domain(d)).append("DC2 fqdn \"").append(lower(domain(d))).append("dc2.")
					.append(dns(d)).append("\" dns-server false\n");
			for (Site site : sites) {
				if (site.domain() != d) {
					continue;
				}
				String nlb = lower(alias(site)) + "nlb";
				out.append("\t\trecord \"").append(nlb).append("\" a \"10.").append(d).append('.').append(site.number() / 250)
						.append('.').append(site.number() % 250).append("\"\n");
				if (!site.flaws().noCname()) {
					out.append("\t\trecord \"").append(lower(alias(site))).append("\" cname \"").append(nlb).append('.')
							.append(dns(d)).append("\"\n");
				}
			}
			out.append("\t}\n");
		}
		out.append('\n');
		for (Site site : sites) {
			out.append("\taccount ").append(domain(site.domain())).append('\\').append(account(site)).append(" upn \"")
					.append(account(site)).append('@').append(dns(site.domain())).append("\"\n");
			crossReferences++;
		}
	}

	private void site(StringBuilder out, Site site) {
		Flaws flaws = site.flaws();
		String dns = dns(site.domain());
		String aliasFqdn = lower(alias(site)) + "." + dns;
		out.append("\t// Contact center ").append(site.id()).append(flaws.equals(Flaws.NONE)
				? ", remediated" : ", not yet remediated").append('\n');
		for (int i = 1; i <= site.servers(); i++) {
			String server = server(site, i);
			out.append("\tserver ").append(server).append(" in ").append(domain(site.domain())).append(" fqdn \"")
					.append(lower(server)).append('.').append(dns).append("\" windows server-2008-r2 iis 7.5 kernel-mode {\n");
			out.append("\t\tpool CcfPool identity ").append(account(site)).append('\n');
			crossReferences += 2;
			for (String service : SERVICES) {
				out.append("\t\tservice ").append(service).append(" in CcfPool");
				if (!flaws.noAppPoolCredentials()) {
					out.append(" use-kernel-mode true use-app-pool-credentials true");
				}
				out.append('\n');
				crossReferences += 2;
				if (i == 1 && service.equals("ConfigurationService")) {
					String host = flaws.realServerUrls() ? server : lower(alias(site));
					out.append("\t\t\tweb.config \"D:\\\\Inetpub\\\\CCF\\\\Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService\\\\Web.config\" {\n");
					out.append("\t\t\t\tendpoint app-setting \"http://").append(host)
							.append("/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx\" at \"/configuration/appSettings/add[@key='AgentCredentialsUrl']/@value\"\n");
					out.append("\t\t\t}\n");
				}
			}
			out.append("\t}\n");
		}
		out.append("\talias ").append(alias(site)).append(" for ");
		for (int i = 1; i <= site.servers(); i++) {
			out.append(i > 1 ? ", " : "").append(server(site, i));
			crossReferences++;
		}
		out.append(" fqdn \"").append(aliasFqdn).append("\" cname \"").append(lower(alias(site))).append("nlb.").append(dns)
				.append("\"\n");

		out.append("\tclients Desktops").append(site.id()).append(" kind agent-desktop {\n\t\thosts ");
		for (int h = 1; h <= 12; h++) {
			out.append(h > 1 ? ", " : "").append('A').append(site.id()).append(String.format(Locale.ROOT, "-%02d", h));
		}
		out.append('\n');
		if (!flaws.notInIntranetZone()) {
			out.append("\t\tlocal-intranet \"http://").append(aliasFqdn).append("\"\n");
		}
		out.append("\t\tagentdesktop.exe.config \"C:\\\\Program Files\\\\Microsoft CCF\\\\AgentDesktop\\\\AgentDesktop.exe.config\" {\n");
		for (int e = 0; e < CLIENT_PATHS.length; e++) {
			String host = flaws.realServerUrls() ? lower(server(site, 1)) + "." + dns : aliasFqdn;
			out.append("\t\t\tendpoint client \"http://").append(host).append('/').append(CLIENT_PATHS[e])
					.append("\" at \"/configuration/system.serviceModel/client/endpoint[").append(e + 1)
					.append("]/@address\" identity spn \"host/").append(host).append("\"\n");
		}
		out.append("\t\t\tendpoint client \"\" at \"/configuration/system.serviceModel/client/endpoint[3]/@address\"\n");
		out.append("\t\t}\n\t}\n");

		String sql = "CCF" + site.id() + "SQL";
		out.append("\tsql-server ").append(sql).append(" in ").append(domain(site.domain())).append(" fqdn \"").append(lower(sql))
				.append('.').append(dns).append("\" instance \"CCF\" {\n");
		crossReferences++;
		out.append("\t\tdatabase CCFInfrastructure {\n");
		String dbHost = flaws.realServerUrls() ? server(site, 1) : lower(alias(site));
		out.append("\t\t\tendpoint database \"http://").append(dbHost)
				.append("/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.asmx\" at \"dbo.ApplicationSettings.Value\"\n");
		out.append("\t\t}\n\t}\n");

		for (int i = 1; i <= site.servers(); i++) {
			String server = server(site, i);
			out.append("\tspn host/").append(server).append(" on ").append(server).append('\n');
			out.append("\tspn host/").append(lower(server)).append('.').append(dns).append(" on ").append(server).append('\n');
			crossReferences += 2;
		}
		out.append("\tspn MSSQLSvc/").append(lower(sql)).append('.').append(dns).append(":1433 on ").append(account(site)).append('\n');
		crossReferences++;
		if (!flaws.noAliasSpns()) {
			out.append("\tspn host/").append(alias(site)).append(" on ").append(account(site)).append('\n');
			out.append("\tspn host/").append(aliasFqdn).append(" on ").append(account(site)).append('\n');
			crossReferences += 2;
		}
	}

}
