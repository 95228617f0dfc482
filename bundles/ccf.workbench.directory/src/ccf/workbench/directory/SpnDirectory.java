/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The questions the live checks ask of Active Directory. */
public interface SpnDirectory {

	/** @return the account with this sAMAccountName (compared without case), or empty when there is none */
	Optional<DirectoryAccount> account(String samAccountName) throws DirectoryException;

	/**
	 * @param hosts host names, compared without case
	 * @return every account that holds an SPN, of any service class, for one of the hosts (with or without a port or
	 *         a service name), with all of its SPNs
	 */
	List<DirectoryAccount> holdersOf(Collection<String> hosts) throws DirectoryException;
}
