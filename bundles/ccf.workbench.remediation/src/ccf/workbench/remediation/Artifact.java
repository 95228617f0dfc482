/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One generated file: its path relative to the output folder ({@code /}-separated) and its exact bytes.
 */
public record Artifact(String path, byte[] content) {

	public Artifact {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	/** The content decoded as UTF-8, for tests and previews. */
	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Artifact a && a.path.equals(path) && Arrays.equals(a.content, content);
	}

	@Override
	public int hashCode() {
		return path.hashCode() * 31 + Arrays.hashCode(content);
	}

	@Override
	public String toString() {
		return path + " (" + content.length + " bytes)";
	}
}
