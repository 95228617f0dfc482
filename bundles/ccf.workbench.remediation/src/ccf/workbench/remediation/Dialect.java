/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.util.Locale;
import java.util.Optional;

/** The script languages the commands of the plan are written in. Data artifacts (plan, runbook, XDT, SQL, .reg) come with every dialect. */
public enum Dialect {
	/** Windows PowerShell 2.0 and later (.ps1): DnsServer, WebAdministration, setspn, klist, in-place config edits. */
	POWERSHELL,
	/** cmd batch files (.cmd): dnscmd, setspn, appcmd, reg, klist: the Windows Server 2008 / 2008 R2 path. */
	CMD,
	/** bash with samba-tool, for the DNS and SPN steps on a Samba Active Directory domain controller. */
	SAMBA;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Dialect> of(String id) {
		for (Dialect dialect : values()) {
			if (dialect.id().equals(id)) {
				return Optional.of(dialect);
			}
		}
		return Optional.empty();
	}
}
