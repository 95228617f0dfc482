/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.Locale;

/**
 * The parts of an SPN as the directory stores it, {@code class/host[:port][/service name]}, with the service class
 * and the host in lower case.
 */
record SpnText(String serviceClass, String host) {

	/** @return the parts, or null when the text has no {@code class/host} form */
	static SpnText parse(String spn) {
		int slash = spn.indexOf('/');
		if (slash <= 0 || slash == spn.length() - 1) {
			return null;
		}
		String rest = spn.substring(slash + 1);
		int end = rest.length();
		for (int i = 0; i < rest.length(); i++) {
			if (rest.charAt(i) == ':' || rest.charAt(i) == '/') {
				end = i;
				break;
			}
		}
		return new SpnText(spn.substring(0, slash).toLowerCase(Locale.ROOT), rest.substring(0, end).toLowerCase(Locale.ROOT));
	}

	/** A class a Kerberos client asks for when it calls an http(s) URL: {@code host/} or {@code HTTP/}. */
	boolean isHttpClass() {
		return serviceClass.equals("host") || serviceClass.equals("http");
	}
}
