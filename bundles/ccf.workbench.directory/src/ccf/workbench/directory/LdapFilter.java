/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

/** Values in LDAP search filters (RFC 4515): a name from the model can never change a filter's meaning. */
final class LdapFilter {

	private LdapFilter() {
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
			case '*' -> escaped.append("\\2a");
			case '(' -> escaped.append("\\28");
			case ')' -> escaped.append("\\29");
			case '\\' -> escaped.append("\\5c");
			case '\0' -> escaped.append("\\00");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
