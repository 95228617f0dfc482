/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ccf.workbench.configs.read.ApplicationHostConfig;
import ccf.workbench.configs.rewrite.FileRewrite;
import ccf.workbench.configs.rewrite.IisAuthenticationRewrite;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.XmlDocument;
import ccf.workbench.configs.xml.XmlParser;

/**
 * IIS's applicationHost.config as {@code ccfw plan} reads and rewrites it: pools, applications and Windows
 * authentication read, then {@code useKernelMode}/{@code useAppPoolCredentials} set for the CCF locations. Only a
 * {@link ConfigSyntaxException} may come out; a rewritten file must parse, and rewriting it again must change nothing.
 */
public final class ApplicationHostFuzzer {

	private static final Path FILE = Path.of("applicationHost.config");
	private static final String CCF_LOCATION = "Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer";

	private ApplicationHostFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		XmlDocument document;
		try {
			document = XmlParser.parse(FILE.toString(), data);
		} catch (ConfigSyntaxException e) {
			FuzzFolder.requireClear(e);
			return;
		}
		ApplicationHostConfig.isApplicationHost(document);
		ApplicationHostConfig config = ApplicationHostConfig.read(document);
		List<String> locations = new ArrayList<>();
		locations.add(CCF_LOCATION);
		for (ApplicationHostConfig.Application application : config.applications()) {
			config.pool(application.pool());
			config.effectiveAuthentication(application.locationPath());
			locations.add(application.locationPath());
		}
		FileRewrite rewrite = IisAuthenticationRewrite.rewrite(FILE, document, locations);
		if (!rewrite.changesFile()) {
			return;
		}
		rewrite.diff("a/applicationHost.config", "b/applicationHost.config");
		XmlDocument rewritten;
		try {
			rewritten = XmlParser.parse("rewritten", rewrite.result());
		} catch (ConfigSyntaxException e) {
			throw new IllegalStateException("the rewritten file does not parse: " + e.getMessage(), e);
		}
		FileRewrite again = IisAuthenticationRewrite.rewrite(FILE, rewritten, locations);
		if (again.changesFile()) {
			throw new IllegalStateException("a second rewrite changes the file again:\n"
					+ again.diff("a/applicationHost.config", "b/applicationHost.config"));
		}
	}
}
