/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ccf.workbench.configs.importer.ConfigImporter;
import ccf.workbench.configs.importer.ImportRequest;
import ccf.workbench.configs.importer.ImportResult;
import ccf.workbench.configs.read.ApplicationHostConfig;
import ccf.workbench.configs.read.ConfigFileContent;
import ccf.workbench.configs.read.ConfigReader;
import ccf.workbench.configs.rewrite.EndpointRewriter;
import ccf.workbench.configs.rewrite.FileRewrite;
import ccf.workbench.configs.rewrite.HostMapping;
import ccf.workbench.configs.rewrite.IisAuthenticationRewrite;
import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.XmlDocument;
import ccf.workbench.configs.xml.XmlParser;
import ccf.workbench.model.validation.Severity;

/**
 * Replays {@code fixtures/fuzz-regressions/TARGET/}, the inputs that broke (or attack) a reader, with the property the
 * fuzz target of the same name checks ({@code releng/fuzz/src/}): only a clear {@link ConfigSyntaxException} or a
 * problem of the result may come out, a rewritten file parses, and rewriting it again changes nothing.
 */
class FuzzRegressionsTest {

	private static final HostMapping MAPPING = new HostMapping().map("CCFIIS", "CCFIISAlias")
			.map("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com").map("localhost", "ccf-alias");
	private static final String CCF_LOCATION = "Default Web Site/Microsoft.Ccf.Csr.WebServices.Customer";

	@TempDir
	Path dir;

	static Stream<Path> configReader() throws IOException {
		return inputs("config-reader");
	}

	static Stream<Path> applicationHost() throws IOException {
		return inputs("application-host");
	}

	static Stream<Path> importer() throws IOException {
		return inputs("import");
	}

	private static Stream<Path> inputs(String target) throws IOException {
		try (Stream<Path> list = Files.list(Fixtures.path(Fixtures.FUZZ_REGRESSIONS).resolve(target))) {
			List<Path> inputs = list.sorted().toList();
			assertThat(inputs).isNotEmpty();
			return inputs.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("configReader")
	void theConfigReaderFailsOnlyWithAClearErrorAndRewritesStably(Path input) throws Exception {
		Path file = Files.copy(input, dir.resolve("Web.config"));
		ConfigFileContent content;
		try {
			content = ConfigReader.read(file, "Web.config");
		} catch (ConfigSyntaxException e) {
			assertClear(e);
			return;
		}
		for (FileRewrite rewrite : EndpointRewriter.rewrite(content, MAPPING)) {
			if (rewrite.changesFile()) {
				Path rewritten = Files.write(Files.createDirectories(dir.resolve("again")).resolve("Web.config"), rewrite.result());
				assertThat(EndpointRewriter.rewrite(ConfigReader.read(rewritten, "again"), MAPPING))
						.as("a second rewrite").noneMatch(FileRewrite::changesFile);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("applicationHost")
	void theApplicationHostReaderFailsOnlyWithAClearErrorAndRewritesStably(Path input) throws Exception {
		XmlDocument document;
		try {
			document = XmlParser.parse("applicationHost.config", Files.readAllBytes(input));
		} catch (ConfigSyntaxException e) {
			assertClear(e);
			return;
		}
		ApplicationHostConfig config = ApplicationHostConfig.read(document);
		List<String> locations = new ArrayList<>(List.of(CCF_LOCATION));
		config.applications().forEach(application -> locations.add(application.locationPath()));
		FileRewrite rewrite = IisAuthenticationRewrite.rewrite(input, document, locations);
		if (rewrite.changesFile()) {
			XmlDocument rewritten = XmlParser.parse("rewritten", rewrite.result());
			assertThat(IisAuthenticationRewrite.rewrite(input, rewritten, locations).changesFile()).as("a second rewrite").isFalse();
		}
	}

	@ParameterizedTest
	@MethodSource("importer")
	void theImporterReportsABrokenFileAsAProblemWithItsPlace(Path input) throws Exception {
		for (String place : List.of("AgentDesktop.exe.config", "Microsoft.Ccf.Csr.WebServices.Customer/Web.config",
				"iis/applicationHost.config")) {
			Files.createDirectories(dir.resolve(place).getParent());
			Files.copy(input, dir.resolve(place));
		}

		ImportResult result = ConfigImporter.run(new ImportRequest("Fuzz", "CCFIIS", "ccfiis.fabrikam.com", "CCFIISAlias",
				"FABRIKAM", "fabrikam.com", "FABRIKAM\\ASPUSER", List.of(dir), dir, null), new ResourceSetImpl());

		assertThat(result.deployment()).isNotNull();
		assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
		try {
			ConfigReader.read(dir.resolve("AgentDesktop.exe.config"), "AgentDesktop.exe.config");
		} catch (ConfigSyntaxException e) {
			assertThat(result.problems()).anyMatch(p -> p.severity() == Severity.ERROR && p.line() == e.line()
					&& p.toString().contains("The file was not imported"));
		}
	}

	/** Found by reading the reader: each file is bounded by the parser, a chain of includes overflowed the stack. */
	@Test
	void aChainOfIncludedFilesNestedBeyondTheLimitIsAProblemNotAStackOverflow() throws Exception {
		Files.writeString(dir.resolve("Web.config"), "<configuration><a configSource=\"f1.config\"/></configuration>");
		for (int i = 1; i < 64; i++) {
			Files.writeString(dir.resolve("f" + i + ".config"),
					"<a>".repeat(990) + "<a configSource=\"f" + (i + 1) + ".config\"/>" + "</a>".repeat(990));
		}

		ConfigFileContent content = ConfigReader.read(dir.resolve("Web.config"), "Web.config");

		assertThat(content.problems()).anyMatch(p -> p.toString().contains("nested more than 1000 levels deep across the files"));
	}

	private static void assertClear(ConfigSyntaxException e) {
		assertThat(e.line()).isPositive();
		assertThat(e.column()).isPositive();
		assertThat(e.problem()).isNotBlank();
	}
}
