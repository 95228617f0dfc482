/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs bash (Debian's, /bin/bash) on generated scripts. Tests that need it are skipped, with that assumption said,
 * where it is missing.
 */
final class Bash {

	record Result(int code, String out) {
	}

	private Bash() {
	}

	static boolean available() {
		return Files.isExecutable(Path.of("/bin/bash"));
	}

	/** {@code bash -n}: the script parses. */
	static Result syntax(Path script) throws IOException, InterruptedException {
		return run(List.of("/bin/bash", "-n", script.toString()), Map.of(), script.getParent());
	}

	static Result run(List<String> command, Map<String, String> environment, Path directory) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("timed out: " + command);
		}
		return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
	}
}
