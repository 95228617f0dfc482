/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.read;

/** Where in a .NET configuration file a URL sits, which decides whether and how it is read and rewritten. */
public enum UrlKind {
	/** {@code <system.serviceModel><client><endpoint address="...">}: a URL the program calls. */
	CLIENT_ENDPOINT,
	/** {@code <services><service><endpoint address>} or {@code <baseAddresses><add baseAddress>}: where a service listens. */
	SERVICE_ENDPOINT,
	/** {@code <appSettings><add key value>}. */
	APP_SETTING,
	/** {@code <applicationSettings>} or {@code <userSettings>}: {@code <setting><value>text</value>}. */
	APPLICATION_SETTING,
	/**
	 * Any other attribute value or element text (not CDATA, not a namespace or schema location) that holds a URL, e.g.
	 * {@code <serviceMetadata httpGetUrl>} or a custom section's setting.
	 */
	OTHER
}
