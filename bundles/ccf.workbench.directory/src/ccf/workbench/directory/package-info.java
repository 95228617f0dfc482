/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Live checks of a deployment against its Active Directory and DNS: the alias's CNAME, the SPNs on the app-pool
 * account, SPNs of the alias on other accounts (an {@code HTTP/} one hijacks the alias), and the real server's SPNs
 * on the account. The directory is read through {@link ccf.workbench.directory.SpnDirectory} and
 * {@link ccf.workbench.directory.CnameLookup}; {@link ccf.workbench.directory.LdapSpnDirectory} and
 * {@link ccf.workbench.directory.JndiCnameLookup} are their JNDI implementations.
 */
package ccf.workbench.directory;
