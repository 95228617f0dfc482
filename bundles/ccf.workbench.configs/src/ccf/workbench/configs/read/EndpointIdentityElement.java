/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

/**
 * The {@code <identity>} of a WCF endpoint, which pins the name a client asks a Kerberos ticket for.
 *
 * @param kind   the element's name: {@code servicePrincipalName}, {@code userPrincipalName} or {@code dns}
 * @param value  its {@code value} attribute
 * @param line   1-based line of the element
 * @param column 1-based column of the element
 */
public record EndpointIdentityElement(String kind, String value, int line, int column) {
}
