/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

/**
 * A host name that URLs must stop using, and the alias name that replaces it: a server's NetBIOS name becomes the
 * alias name, its FQDN the alias FQDN.
 */
public record HostRewrite(String oldHost, String newHost) {
}
