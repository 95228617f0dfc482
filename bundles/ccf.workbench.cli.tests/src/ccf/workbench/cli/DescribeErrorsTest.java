/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ccfw describe} with input it cannot use: one line on stderr, {@code FILE: error: ...} or
 * {@code FILE:LINE:COLUMN: error: ...} for a file, nothing on stdout, exit code 2, never a stack trace, and
 * nothing printed behind ccfw's back on the process's own streams.
 */
class DescribeErrorsTest {

	@TempDir
	Path dir;

	private PrintStream systemOut;
	private PrintStream systemErr;
	private final ByteArrayOutputStream leaked = new ByteArrayOutputStream();

	@BeforeEach
	void captureSystemStreams() {
		systemOut = System.out;
		systemErr = System.err;
		PrintStream capture = new PrintStream(leaked, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
	}

	@AfterEach
	void restoreSystemStreams() {
		System.setOut(systemOut);
		System.setErr(systemErr);
		assertThat(leaked.toString(StandardCharsets.UTF_8)).as("printed to System.out or System.err").isEmpty();
	}

	/** Exit code 2, nothing on stdout, one error line on stderr without a stack trace. */
	private static String oneErrorLine(CcfwRun run) {
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).doesNotContain("\tat ").doesNotContain("internal error");
		assertThat(run.errLines()).hasSize(1);
		return run.errLines().get(0);
	}

	private static String fileError(Path file) {
		return Pattern.quote(file.toString()) + "(:\\d+:\\d+)?: error: \\S.*";
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void missingFile() {
		Path file = dir.resolve("missing.deployment");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).startsWith(file + ": error: ");
	}

	@Test
	void directory() {
		assertThat(oneErrorLine(ccfw("describe", dir.toString()))).startsWith(dir + ": error: ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "this is not XML\n", "", "{\"deployment\": \"Fabrikam\"}\n",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<deployment:Deployment xmlns:deployment=\"urn:ccf-workbench:deployment:1.0\" name=\"x\">\n",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><b></a>\n" })
	void fileThatIsNotXml(String content) throws IOException {
		Path file = write("broken.deployment", content);

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).matches(fileError(file));
	}

	@Test
	void syntaxErrorNamesItsLineAndColumnOnce() throws IOException {
		Path file = write("broken.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Fabrikam">
				  <domains name="FABRIKAM" dnsName="fabrikam.com">
				</deployment:Deployment>
				""");

		String error = oneErrorLine(ccfw("describe", file.toString()));

		assertThat(error).matches(Pattern.quote(file.toString()) + ":5:\\d+: error: \\S.*").contains("domains");
		// The parser's message only: no exception class, no public or system id, no second location.
		assertThat(error).doesNotContain("Exception").doesNotContain("systemId").doesNotContain("file:")
				.doesNotContain(", 5, ");
	}

	@Test
	void notXmlAtAllIsReportedAtLineOneColumnOne() throws IOException {
		Path file = write("notes.deployment", "CCFIISAlias needs a CNAME\n");

		String error = oneErrorLine(ccfw("describe", file.toString()));

		assertThat(error).startsWith(file + ":1:1: error: ").doesNotContain("Exception").doesNotContain("file:");
	}

	@Test
	void xmlOfAnotherVocabulary() throws IOException {
		Path file = write("other.deployment", "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).matches(fileError(file));
	}

	@Test
	void unknownElementOfTheDeploymentVocabulary() throws IOException {
		Path file = write("unknown.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Fabrikam">
				  <printers name="P1"/>
				</deployment:Deployment>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).matches(Pattern.quote(file.toString()) + ":4:\\d+: error: \\S.*");
	}

	@Test
	void valueOutsideAnEnumerationIsReportedWithoutTheLocationTwice() throws IOException {
		Path file = write("iis.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Fabrikam">
				  <webServers name="CCFIIS" iisVersion="9.9"/>
				</deployment:Deployment>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).matches(Pattern.quote(file.toString()) + ":4:\\d+: error: .*'9\\.9'.*")
				.doesNotContain("file:");
	}

	@Test
	void referenceToAServiceThatTheCatalogueDoesNotHave() throws IOException {
		Path file = write("dangling.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Fabrikam">
				  <webServers name="CCFIIS" iisVersion="7.0" kernelModeAuthentication="true">
				    <appPools name="CcfPool"/>
				    <services service="ccf-catalog:/ccf2009.catalog#//@services.99" pool="//@webServers.0/@appPools.0"/>
				  </webServers>
				</deployment:Deployment>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).isEqualTo(
				file + ": error: unresolved reference to 'ccf-catalog:/ccf2009.catalog#//@services.99'.");
	}

	@Test
	void referenceIntoAFileThatDoesNotExist() throws IOException {
		Path file = write("dangling.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Fabrikam">
				  <webServers name="CCFIIS">
				    <appPools name="CcfPool"/>
				    <services service="other.catalog#//@services.1" pool="//@webServers.0/@appPools.0"/>
				  </webServers>
				</deployment:Deployment>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).startsWith(file + ": error: unresolved reference to '")
				.endsWith("other.catalog#//@services.1'.");
	}

	@Test
	void referenceInsideTheFileToAnElementThatDoesNotExist() throws IOException {
		Path file = write("dangling.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="Fabrikam">
				  <webServers name="CCFIIS"/>
				  <aliases name="CCFIISAlias" targets="//@webServers.5"/>
				</deployment:Deployment>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).matches(Pattern.quote(file.toString()) + ":5:\\d+: error: .*'//@webServers\\.5'.*");
	}

	@Test
	void wellFormedXmiWithoutContents() throws IOException {
		Path file = write("empty.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"/>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).isEqualTo(file + ": error: the file holds no deployment.");
	}

	@Test
	void wellFormedXmiWithACatalogueInsteadOfADeployment() throws IOException {
		Path file = write("catalog.deployment", """
				<?xml version="1.0" encoding="UTF-8"?>
				<deployment:CcfServiceCatalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:deployment="urn:ccf-workbench:deployment:1.0" name="CCF2009">
				  <services name="Customer" fullName="Microsoft.Ccf.Csr.WebServices.Customer"/>
				</deployment:CcfServiceCatalog>
				""");

		assertThat(oneErrorLine(ccfw("describe", file.toString()))).isEqualTo(file + ": error: the file holds no deployment.");
	}

	@Test
	void noArgument() {
		assertThat(oneErrorLine(ccfw("describe"))).isEqualTo(
				"ccfw describe: expected --sample or one FILE. Run 'ccfw describe --help'.");
	}

	@Test
	void extraArguments() throws IOException {
		Path file = new SavedDeployments().saveTo(dir.resolve("fabrikam.deployment"));

		for (String[] args : new String[][] { { "describe", "--sample", "extra" }, { "describe", file.toString(), file.toString() },
				{ "describe", "--sample", "--sample" } }) {
			assertThat(oneErrorLine(ccfw(args))).isEqualTo(
					"ccfw describe: expected --sample or one FILE. Run 'ccfw describe --help'.");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "--nosuch", "-s", "--SAMPLE", "--sample=yes", "-" })
	void unknownOption(String option) {
		assertThat(oneErrorLine(ccfw("describe", option))).isEqualTo(
				"ccfw describe: unknown option '" + option + "'. Run 'ccfw describe --help'.");
	}

	@Test
	void unknownOptionIsNamedEvenWithOtherArguments() {
		assertThat(oneErrorLine(ccfw("describe", "--sample", "--verbose"))).isEqualTo(
				"ccfw describe: unknown option '--verbose'. Run 'ccfw describe --help'.");
		assertThat(oneErrorLine(ccfw("describe", "--verbose", "fabrikam.deployment"))).isEqualTo(
				"ccfw describe: unknown option '--verbose'. Run 'ccfw describe --help'.");
	}

	@Test
	void invalidPathIsAnInputErrorNotAnInternalOne() {
		// On Windows '*' or '<' in an unexpanded argument; NUL is invalid everywhere.
		String path = "fabrikam\u0000.deployment";

		assertThat(oneErrorLine(ccfw("describe", path))).startsWith(path + ": error: ");
	}
}
