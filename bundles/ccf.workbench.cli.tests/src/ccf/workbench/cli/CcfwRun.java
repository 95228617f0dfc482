/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of {@code ccfw} with its exit code and what it printed to stdout and stderr. */
record CcfwRun(int code, String out, String err) {

	static CcfwRun ccfw(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = new Ccfw(outStream, errStream).run(List.of(args));
		}
		return new CcfwRun(code, normalize(out), normalize(err));
	}

	private static String normalize(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	/** The lines printed to stderr. */
	List<String> errLines() {
		return err.lines().toList();
	}
}
