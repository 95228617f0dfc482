/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Quoting for every language the remediation is written in. Each class checks a value first (no control or format
 * characters, and for cmd a safe alphabet) and throws {@link ccf.workbench.remediation.escape.UnsafeTextException}
 * rather than write something that could mean more than the model says.
 */
package ccf.workbench.remediation.escape;
