/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccfw describe FILE.ccf}: the .ccf text of a deployment gives the same summary as the model. */
class DescribeCcfTest {

	@TempDir
	Path dir;

	@Test
	void theArticlesExampleDescribesLikeTheBuiltInSample() {
		Path example = Path.of(System.getProperty("ccf.examples", "../../examples")).resolve("kb969803-fabrikam.ccf");

		CcfwRun fromText = ccfw("describe", example.toString());
		CcfwRun builtIn = ccfw("describe", "--sample");

		assertThat(fromText.err()).isEmpty();
		assertThat(fromText.code()).isZero();
		assertThat(fromText.out()).isEqualTo(builtIn.out());
	}

	@Test
	void aSyntaxErrorIsReportedWithItsPosition() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.ccf"), "deployment D {\n\talias {\n}\n");

		CcfwRun run = ccfw("describe", file.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith(file + ":2:8: error: ");
	}

	@Test
	void anUnresolvedNameIsReportedByName() throws IOException {
		Path file = Files.writeString(dir.resolve("unresolved.ccf"), "deployment D {\n\talias WebAlias for NOSUCH\n}\n");

		CcfwRun run = ccfw("describe", file.toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith(file + ":2:21: error: ").contains("NOSUCH");
	}
}
