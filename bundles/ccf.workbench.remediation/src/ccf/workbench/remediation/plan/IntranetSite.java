/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

/**
 * A site of the Local Intranet zone: a scheme and a host name, as {@code http://ccfiisalias.fabrikam.com}.
 */
public record IntranetSite(String scheme, String host) {

	/** @return e.g. {@code http://ccfiisalias.fabrikam.com} */
	public String url() {
		return scheme + "://" + host;
	}
}
