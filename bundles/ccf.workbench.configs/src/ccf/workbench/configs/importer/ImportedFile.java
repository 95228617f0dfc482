/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.importer;

import java.nio.file.Path;

/**
 * A file that {@code ccfw import} scanned.
 *
 * @param path             where it is
 * @param name             as named to the user
 * @param role             what it is
 * @param detail           e.g. the CCF service a Web.config belongs to; empty when there is nothing to add
 * @param urls             the URLs found in it
 * @param namingRealServer how many of them name the real server
 */
public record ImportedFile(Path path, String name, ConfigRole role, String detail, int urls, int namingRealServer) {
}
