/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.Optional;

/** The question the live checks ask of DNS. */
public interface CnameLookup {

	/**
	 * @param fqdn a fully qualified name, without the trailing dot
	 * @return the name the CNAME record of {@code fqdn} points to, without the trailing dot; empty when the name does
	 *         not exist or has no CNAME record
	 */
	Optional<String> canonicalNameOf(String fqdn) throws DirectoryException;
}
