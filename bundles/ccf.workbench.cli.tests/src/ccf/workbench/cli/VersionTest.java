/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** {@code ccfw --version}: the version of the ccf.workbench.cli bundle, then its build qualifier. */
class VersionTest {

	@ParameterizedTest
	@ValueSource(strings = { "--version", "-V", "version" })
	void printsTheBundleVersionAndQualifier(String option) {
		CcfwRun run = ccfw(option);

		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).matches("ccfw \\d+\\.\\d+\\.\\d+ \\(build [^ ()]+\\) \\(CCF Workbench\\)\n");

		Bundle bundle = FrameworkUtil.getBundle(Ccfw.class);
		assertThat(bundle).as("Ccfw is loaded from the ccf.workbench.cli bundle").isNotNull();
		assertThat(bundle.getSymbolicName()).isEqualTo("ccf.workbench.cli");
		Version version = bundle.getVersion();
		assertThat(run.out()).isEqualTo("ccfw " + version.getMajor() + "." + version.getMinor() + "."
				+ version.getMicro() + " (build " + version.getQualifier() + ") (CCF Workbench)\n");
	}
}
