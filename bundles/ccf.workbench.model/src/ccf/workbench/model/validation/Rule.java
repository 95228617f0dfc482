/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

/**
 * The rules a deployment is checked against, each with a stable code (printed as {@code [code]}, used by quick
 * fixes and suppressions), a severity, and whether a finding blocks generation.
 * <p>
 * Two kinds, as in the domain notes: findings that the remediation fixes describe the broken "before" state and
 * never block generation; findings that make the model unusable (invalid or unsafe names, inconsistent
 * references, no alias to move to) block it, because no correct plan exists.
 */
public enum Rule {
	// Findings the remediation fixes (KB 969803).
	ENDPOINT_NAMES_REAL_SERVER("endpoint-names-real-server", Severity.ERROR, false),
	ALIAS_CNAME_MISSING("alias-cname-missing", Severity.ERROR, false),
	ALIAS_CNAME_WRONG_TARGET("alias-cname-wrong-target", Severity.ERROR, false),
	SPN_MISSING("spn-missing", Severity.ERROR, false),
	SPN_ON_OTHER_PRINCIPAL("spn-on-other-principal", Severity.ERROR, false),
	SPN_HTTP_HIJACK("spn-http-hijack", Severity.ERROR, false),
	SPN_SERVER_ON_ACCOUNT("spn-server-on-account", Severity.ERROR, false),
	SPN_DUPLICATE("spn-duplicate", Severity.ERROR, false),
	APP_POOL_CREDENTIALS_MISSING("app-pool-credentials-missing", Severity.ERROR, false),
	ALIAS_NOT_IN_INTRANET_ZONE("alias-not-in-intranet-zone", Severity.ERROR, false),
	ENDPOINT_IDENTITY_CONTRADICTS("endpoint-identity-contradicts", Severity.ERROR, false),
	IIS70_HOTFIX_962943("iis70-hotfix-962943", Severity.WARNING, false),
	KERNEL_MODE_ON_IIS6("kernel-mode-on-iis6", Severity.WARNING, false),
	ENDPOINT_URL_UNPARSABLE("endpoint-url-unparsable", Severity.WARNING, false),

	// Findings that make the model unusable: no correct plan exists until they are fixed.
	NO_ALIAS("no-alias", Severity.ERROR, true),
	DUPLICATE_NAME("duplicate-name", Severity.ERROR, true),
	NETBIOS_NAME_INVALID("netbios-name-invalid", Severity.ERROR, true),
	DNS_NAME_INVALID("dns-name-invalid", Severity.ERROR, true),
	ACCOUNT_NAME_INVALID("account-name-invalid", Severity.ERROR, true),
	ACCOUNT_WITHOUT_DOMAIN("account-without-domain", Severity.ERROR, true),
	SPN_SYNTAX_INVALID("spn-syntax-invalid", Severity.ERROR, true),
	ALIAS_COLLIDES_WITH_HOST("alias-collides-with-host", Severity.ERROR, true),
	ALIAS_CANONICAL_NAME_REQUIRED("alias-canonical-name-required", Severity.ERROR, true),
	ALIAS_ACCOUNTS_DIFFER("alias-accounts-differ", Severity.ERROR, true),
	POOL_IDENTITY_MISSING("pool-identity-missing", Severity.ERROR, true),
	POOL_ON_OTHER_SERVER("pool-on-other-server", Severity.ERROR, true),
	SERVICE_WITHOUT_POOL("service-without-pool", Severity.ERROR, true),
	ALIAS_WITHOUT_TARGET("alias-without-target", Severity.ERROR, true),
	SPN_WITHOUT_OWNER("spn-without-owner", Severity.ERROR, true),
	PATH_INVALID("path-invalid", Severity.ERROR, true),
	TEXT_UNSAFE("text-unsafe", Severity.ERROR, true);

	private final String code;
	private final Severity severity;
	private final boolean blocking;

	Rule(String code, Severity severity, boolean blocking) {
		this.code = code;
		this.severity = severity;
		this.blocking = blocking;
	}

	/** The stable code, e.g. {@code spn-missing}. */
	public String code() {
		return code;
	}

	public Severity severity() {
		return severity;
	}

	/** Whether a finding of this rule stops {@code ccfw generate}. */
	public boolean blocksGeneration() {
		return blocking;
	}

	/** @return the rule with this code, or null */
	public static Rule ofCode(String code) {
		for (Rule rule : values()) {
			if (rule.code.equals(code)) {
				return rule;
			}
		}
		return null;
	}
}
