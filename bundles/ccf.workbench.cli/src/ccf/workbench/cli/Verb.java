/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.PrintStream;
import java.util.List;

/** One verb of {@code ccfw}, e.g. {@code describe}. */
interface Verb {

	/** Exit code: success, and for checking verbs no error found. */
	int OK = 0;
	/** Exit code: the verb ran and found errors. */
	int FINDINGS = 1;
	/** Exit code: wrong usage, or an input that cannot be read. */
	int USAGE = 2;

	String name();

	/** One line for {@code ccfw --help}. */
	String summary();

	/** The full help of the verb, for {@code ccfw help VERB} and {@code ccfw VERB --help}. */
	String usage();

	int run(List<String> args, PrintStream out, PrintStream err);
}
