/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigPart;
import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.read.EndpointIdentityElement;
import ccf.workbench.configs.read.UrlSite;
import ccf.workbench.configs.xml.SourceText;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.validation.Severity;

/**
 * Moves the endpoint URLs of a configuration file from the real server to its alias (step 3 of KB 969803): in each
 * URL whose host is a mapped name, only the host's characters are replaced; scheme, port, path, query and every other
 * byte of the file stay as they are.
 */
public final class EndpointRewriter {

	private EndpointRewriter() {
	}

	/**
	 * @return one rewrite per file of the configuration (the file, then each included file), in that order
	 */
	public static List<FileRewrite> rewrite(ConfigFileContent content, HostMapping mapping) {
		Map<ConfigPart, List<UrlSite>> byPart = new LinkedHashMap<>();
		for (ConfigPart part : content.parts()) {
			byPart.put(part, new ArrayList<>());
		}
		for (UrlSite site : content.sites()) {
			byPart.get(site.part()).add(site);
		}
		List<FileRewrite> rewrites = new ArrayList<>();
		for (Map.Entry<ConfigPart, List<UrlSite>> entry : byPart.entrySet()) {
			rewrites.add(rewrite(entry.getKey(), entry.getValue(), mapping));
		}
		return rewrites;
	}

	private static FileRewrite rewrite(ConfigPart part, List<UrlSite> sites, HostMapping mapping) {
		SourceText source = part.document().source();
		List<TextEdit> edits = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		List<ConfigProblem> problems = new ArrayList<>();
		for (UrlSite site : sites) {
			EndpointUrl url = site.url();
			if (url == null) {
				continue;
			}
			Optional<String> replacement = mapping.replacementFor(url.host());
			if (replacement.isEmpty() || replacement.get().equals(url.host())) {
				continue;
			}
			int[] range = site.value().rawRange(site.from() + url.hostStart(), site.from() + url.hostEnd());
			if (range == null) {
				problems.add(new ConfigProblem(part.name(), site.line(), site.column(), Severity.ERROR, "the host of "
						+ site.text() + " is split by a comment or CDATA boundary, so it cannot be replaced safely; "
						+ "write it in one piece, or change it by hand to " + replacement.get()));
				continue;
			}
			edits.add(new TextEdit(range[0], range[1], replacement.get()));
			changes.add(new Change(Change.Kind.URL, site.line(), site.column(), site.text(),
					url.withHost(replacement.get())));
			pinnedIdentity(part, site, mapping).ifPresent(problems::add);
		}
		return new FileRewrite(part.path(), source, edits, changes, problems);
	}

	/**
	 * An endpoint whose {@code <identity>} still names the real server keeps asking for that server's ticket after its
	 * URL moved; the identity is not a URL, so it is left for a person to change.
	 */
	private static Optional<ConfigProblem> pinnedIdentity(ConfigPart part, UrlSite site, HostMapping mapping) {
		EndpointIdentityElement identity = site.identity();
		if (identity == null || identity.value() == null || identity.kind().equals("userPrincipalName")) {
			return Optional.empty();
		}
		String value = identity.value().trim();
		String host = value;
		if (identity.kind().equals("servicePrincipalName")) {
			int slash = value.indexOf('/');
			host = slash < 0 ? "" : value.substring(slash + 1).split("[:/]", 2)[0];
		}
		Optional<String> replacement = mapping.replacementFor(host);
		if (replacement.isEmpty()) {
			return Optional.empty();
		}
		String suggestion = identity.kind().equals("dns") ? replacement.get()
				: value.substring(0, value.indexOf('/') + 1) + replacement.get();
		return Optional.of(new ConfigProblem(part.name(), identity.line(), identity.column(), Severity.WARNING,
				"the endpoint's <identity> pins " + identity.kind() + " '" + value + "', so clients still ask for the "
						+ "real server's ticket; it is not a URL and was not changed. Write '" + suggestion
						+ "', or remove the identity"));
	}
}
