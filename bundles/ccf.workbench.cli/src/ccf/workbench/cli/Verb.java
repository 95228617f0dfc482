/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One verb of {@code ccfw}, e.g. {@code describe}. Its name and one-line summary are constants of the verb's class
 * ({@code NAME}, {@code SUMMARY}), so that {@code ccfw --help} lists verbs without loading them.
 */
interface Verb {

	/** Exit code: success, and for checking verbs no error found. */
	int OK = 0;
	/** Exit code: the verb ran and found errors. */
	int FINDINGS = 1;
	/** Exit code: wrong usage, or an input that cannot be read. */
	int USAGE = 2;

	/** The full help of the verb, for {@code ccfw help VERB} and {@code ccfw VERB --help}. */
	String usage();

	int run(List<String> args, PrintStream out, PrintStream err);
}
