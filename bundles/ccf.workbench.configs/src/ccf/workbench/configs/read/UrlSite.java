/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

import ccf.workbench.configs.xml.MappedText;
import ccf.workbench.model.net.EndpointUrl;

/**
 * A URL found in a configuration file, or an endpoint whose address is empty (filled in at run time).
 *
 * @param part     the file it is in
 * @param kind     the kind of setting that holds it
 * @param location where it sits, as an element path, e.g.
 *                 {@code /configuration/system.serviceModel/client/endpoint[3]/@address}; for an included file
 *                 prefixed with the file, e.g. {@code client.config!/configuration/...}
 * @param value    the whole attribute value or element text that holds the URL, with its source offsets
 * @param from     index in {@code value} where the URL starts
 * @param to       index in {@code value} after the URL
 * @param url      the URL split into parts, or {@code null} when the address is empty or not an absolute URL
 * @param identity the endpoint's {@code <identity>}, or {@code null}
 * @param line     1-based line of the URL's first character
 * @param column   1-based column of the URL's first character
 */
public record UrlSite(ConfigPart part, UrlKind kind, String location, MappedText value, int from, int to,
		EndpointUrl url, EndpointIdentityElement identity, int line, int column) {

	/** @return the URL as a reader of the file sees it; empty for an empty address */
	public String text() {
		return value.value().substring(from, to);
	}

	/** @return the host of the URL, or {@code null} */
	public String host() {
		return url == null ? null : url.host();
	}
}
