/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ConfigReader} found in a configuration file and the files it includes.
 *
 * @param file     the configuration file
 * @param parts    the file first, then each included file
 * @param sites    every URL, in file order
 * @param problems included files that are missing or unreadable, and other things to check
 */
public record ConfigFileContent(Path file, List<ConfigPart> parts, List<UrlSite> sites, List<ConfigProblem> problems) {

	public ConfigFileContent {
		parts = List.copyOf(parts);
		sites = List.copyOf(sites);
		problems = List.copyOf(problems);
	}

	/** @return the file itself */
	public ConfigPart main() {
		return parts.get(0);
	}
}
