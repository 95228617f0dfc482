/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import java.nio.file.Path;

import ccf.workbench.configs.xml.XmlDocument;

/**
 * One file of a configuration: the file itself, or a section moved out of it with {@code configSource=} or
 * {@code <appSettings file=>}.
 *
 * @param path     where the file is
 * @param name     the file as named to the user
 * @param included the path of an included file relative to the main file's folder, with {@code /}; empty for the
 *                 main file
 * @param document the parsed file
 */
public record ConfigPart(Path path, String name, String included, XmlDocument document) {

	public boolean isMain() {
		return included.isEmpty();
	}
}
