/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import ccf.workbench.configs.importer.ConfigImporter;
import ccf.workbench.configs.importer.ImportRequest;
import ccf.workbench.configs.importer.ImportResult;

/**
 * {@code ccfw import} of one file, placed where the importer looks for Agent Desktop's configuration, a CCF service's
 * Web.config and applicationHost.config: a broken file is a problem of the result, and the model written must parse
 * and link (its findings are the deployment's problems). An exception, or a model that does not read back, is a finding.
 */
public final class ImportFuzzer {

	private static final Path FOLDER = FuzzFolder.create("import");
	private static final List<String> PLACES = List.of("AgentDesktop.exe.config",
			"Microsoft.Ccf.Csr.WebServices.Customer/Web.config", "iis/applicationHost.config");

	private ImportFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		try {
			for (String place : PLACES) {
				Path file = FOLDER.resolve(place);
				Files.createDirectories(file.getParent());
				Files.write(file, data);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		XtextResourceSet resourceSet = CcfLanguage.resourceSet();
		ImportRequest request = new ImportRequest("Fuzz", "CCFIIS", "ccfiis.fabrikam.com", "CCFIISAlias", "FABRIKAM",
				"fabrikam.com", "FABRIKAM\\ASPUSER", List.of(FOLDER), FOLDER, null);
		ImportResult result = ConfigImporter.run(request, resourceSet);
		Resource resource = resourceSet.createResource(URI.createURI("fuzz:/imported.ccf"));
		resource.getContents().add(result.deployment());
		String text = ((XtextResource) resource).getSerializer().serialize(result.deployment(),
				SaveOptions.newBuilder().format().getOptions());
		List<Issue> issues = CcfLanguage.validate(CcfLanguage.resourceSet(), "reread.ccf", text);
		for (Issue issue : issues) {
			if (issue.isSyntaxError() || "org.eclipse.xtext.diagnostics.Diagnostic.Linking".equals(issue.getCode())) {
				throw new IllegalStateException("the imported model does not read back: " + issue + "\n" + text);
			}
		}
	}
}
