/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.List;

/**
 * An account as the directory holds it: its distinguished name, sAMAccountName and servicePrincipalName values.
 */
public record DirectoryAccount(String distinguishedName, String samAccountName, List<String> servicePrincipalNames) {

	public DirectoryAccount {
		servicePrincipalNames = List.copyOf(servicePrincipalNames);
	}

	/** Whether the account holds the SPN; the directory compares SPNs without case. */
	public boolean holds(String spn) {
		return servicePrincipalNames.stream().anyMatch(spn::equalsIgnoreCase);
	}
}
