/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide;

/**
 * The ide services of the .ccf language (content assist, highlighting, outline, formatting, hyperlinks), used by
 * the workbench's editor and by a language server.
 */
public class CcfIdeModule extends AbstractCcfIdeModule {
}
