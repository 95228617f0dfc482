/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.util.Locale;

import ccf.workbench.remediation.plan.Step;

/** Names of generated files derived from the model, reduced to a safe alphabet. */
public final class FileNames {

	private FileNames() {
	}

	/** The last segment of a Windows path, e.g. {@code AgentDesktop.exe.config}. */
	public static String fileName(String windowsPath) {
		int slash = Math.max(windowsPath.lastIndexOf('\\'), windowsPath.lastIndexOf('/'));
		return safe(windowsPath.substring(slash + 1));
	}

	/** Any character outside letters, digits and {@code . _ -} becomes {@code _}; never empty, never only dots. */
	public static String safe(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
		return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
	}

	/** The base name of the files of a config step: {@code config-07-AgentDesktop.exe.config}. */
	public static String configBase(Step step, String windowsPath) {
		return String.format(Locale.ROOT, "config-%02d-%s", step.number(), fileName(windowsPath));
	}
}
