/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigReader;
import ccf.workbench.configs.rewrite.EndpointRewriter;
import ccf.workbench.configs.rewrite.FileRewrite;
import ccf.workbench.configs.rewrite.HostMapping;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.XmlParser;

/**
 * A .NET configuration file as {@code ccfw rewrite} reads it: decoded, parsed, its endpoint URLs found and moved to the
 * alias. A file that is not well-formed must be a {@link ConfigSyntaxException}; every other exception is a finding, and
 * so is a rewritten file that no longer parses, or that a second rewrite changes again.
 */
public final class ConfigReaderFuzzer {

	private static final HostMapping MAPPING = new HostMapping().map("CCFIIS", "CCFIISAlias")
			.map("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com").map("localhost", "ccf-alias");
	private static final Path FOLDER = FuzzFolder.create("config-reader");
	private static final Path FILE = FOLDER.resolve("Web.config");
	private static final Path REWRITTEN = FOLDER.resolve("rewritten/Web.config");

	private ConfigReaderFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		try {
			Files.write(FILE, data);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ConfigFileContent content;
		try {
			content = ConfigReader.read(FILE, "Web.config");
		} catch (ConfigSyntaxException e) {
			FuzzFolder.requireClear(e);
			return;
		}
		for (FileRewrite rewrite : EndpointRewriter.rewrite(content, MAPPING)) {
			if (!rewrite.changesFile()) {
				continue;
			}
			rewrite.diff("a/Web.config", "b/Web.config");
			if (rewrite.path().equals(FILE)) {
				requireStable(rewrite.result());
			}
		}
	}

	/** A rewritten main file parses, and a second run moves nothing (included files stay where they were). */
	private static void requireStable(byte[] result) {
		try {
			XmlParser.parse("rewritten", result);
			Files.createDirectories(REWRITTEN.getParent());
			Files.write(REWRITTEN, result);
			ConfigFileContent again = ConfigReader.read(REWRITTEN, "rewritten");
			for (FileRewrite second : EndpointRewriter.rewrite(again, MAPPING)) {
				if (second.path().equals(REWRITTEN) && second.changesFile()) {
					throw new IllegalStateException("a second rewrite changes the file again:\n" + second.diff("a", "b"));
				}
			}
		} catch (ConfigSyntaxException e) {
			throw new IllegalStateException("the rewritten file does not parse: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
