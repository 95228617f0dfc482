/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide.highlighting;

/**
 * The semantic styles of {@code .ccf} text, by meaning: the ids an editor maps to colours and fonts. They come from the
 * linked model, on top of the lexical colouring of keywords, strings and comments.
 */
public final class CcfHighlightingStyles {

	/** The name an element is declared with (a server, an alias, an account, a pool, a domain, a client group). */
	public static final String DECLARATION = "ccf.declaration";
	/** A reference to a host: a web server, domain controller or SQL Server, also as the host of an SPN. */
	public static final String HOST_REFERENCE = "ccf.reference.host";
	/** A reference to an alias, e.g. the host of an SPN or an endpoint URL that names the alias. */
	public static final String ALIAS_REFERENCE = "ccf.reference.alias";
	/** A reference to a service account (a pool's identity, an SPN's owner). */
	public static final String ACCOUNT_REFERENCE = "ccf.reference.account";
	/** A reference to one of the CCF services of the catalogue. */
	public static final String SERVICE_REFERENCE = "ccf.reference.service";
	/** A reference to a domain or an application pool. */
	public static final String OTHER_REFERENCE = "ccf.reference.other";
	/** A reference whose target does not exist. */
	public static final String UNRESOLVED_REFERENCE = "ccf.reference.unresolved";
	/** A service principal name: an {@code spn} declaration's name or an endpoint's SPN identity. */
	public static final String SPN = "ccf.spn";
	/** The URL of an endpoint. */
	public static final String URL = "ccf.url";
	/** The host of an endpoint URL that names the real server behind an alias: what the remediation rewrites. */
	public static final String REAL_SERVER_HOST = "ccf.url.realServer";

	private CcfHighlightingStyles() {
	}
}
