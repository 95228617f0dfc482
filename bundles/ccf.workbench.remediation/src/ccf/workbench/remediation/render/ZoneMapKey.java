/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import ccf.workbench.remediation.escape.RegText;

/**
 * Where Internet Explorer keeps a site of a security zone: {@code ZoneMap\Domains\<domain>[\<rest>]}, the domain
 * being the last two labels of the host ({@code fabrikam.com\ccfiisalias}); a dotless name is a key of its own.
 */
record ZoneMapKey(String domain, String subKey) {

	static final String DOMAINS = "Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\ZoneMap\\Domains";

	static ZoneMapKey of(String host) {
		String[] labels = host.split("\\.");
		if (labels.length <= 2) {
			return new ZoneMapKey(RegText.keyName(host, "site host"), null);
		}
		String domain = labels[labels.length - 2] + "." + labels[labels.length - 1];
		String rest = host.substring(0, host.length() - domain.length() - 1);
		return new ZoneMapKey(RegText.keyName(domain, "site domain"), RegText.keyName(rest, "site host"));
	}

	/** The path below HKCU or HKLM. */
	String path() {
		return DOMAINS + "\\" + domain + (subKey == null ? "" : "\\" + subKey);
	}
}
