/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * The Kerberos tickets {@code kinit} left in the credential cache, as a JAAS subject for SASL GSSAPI: never a
 * password, never a prompt. The cache is {@code KRB5CCNAME} when it names a file, else the JDK's default.
 */
final class KerberosTicketCache {

	private KerberosTicketCache() {
	}

	static Subject login() throws DirectoryException {
		Map<String, String> options = new HashMap<>();
		options.put("useTicketCache", "true");
		options.put("doNotPrompt", "true");
		options.put("isInitiator", "true");
		String cache = System.getenv("KRB5CCNAME");
		if (cache != null && (cache.startsWith("FILE:") || cache.startsWith("/"))) {
			options.put("ticketCache", cache.startsWith("FILE:") ? cache.substring("FILE:".length()) : cache);
		}
		Configuration configuration = new Configuration() {
			@Override
			public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
				return new AppConfigurationEntry[] { new AppConfigurationEntry("com.sun.security.auth.module.Krb5LoginModule",
						AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options) };
			}
		};
		try {
			LoginContext context = new LoginContext("ccfw", new Subject(), null, configuration);
			context.login();
			return context.getSubject();
		} catch (LoginException e) {
			throw new DirectoryException("no Kerberos ticket to log in with (run kinit first): " + e.getMessage(), e);
		}
	}
}
