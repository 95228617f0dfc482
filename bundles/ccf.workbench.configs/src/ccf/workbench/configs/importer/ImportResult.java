/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

import java.util.List;

import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.model.deployment.Deployment;

/**
 * The model an import built, and what it saw on the way.
 *
 * @param deployment the model
 * @param files      every scanned file, in the order scanned
 * @param problems   files that could not be read, includes that are missing, assumptions to check
 */
public record ImportResult(Deployment deployment, List<ImportedFile> files, List<ConfigProblem> problems) {

	public ImportResult {
		files = List.copyOf(files);
		problems = List.copyOf(problems);
	}
}
