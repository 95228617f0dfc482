/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.Arrays;

/** How {@link LdapSpnDirectory} authenticates: a simple bind, or SASL GSSAPI with the user's Kerberos tickets. */
public sealed interface LdapLogin {

	/**
	 * A simple bind (AD accepts {@code user@domain} or {@code DOMAIN\\user}); the password is only ever held as
	 * characters, never printed ({@link #toString()} hides it).
	 */
	record SimpleBind(String user, char[] password) implements LdapLogin {

		@Override
		public String toString() {
			return "SimpleBind[user=" + user + "]";
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SimpleBind bind && bind.user.equals(user) && Arrays.equals(bind.password, password);
		}

		@Override
		public int hashCode() {
			return user.hashCode();
		}
	}

	/** SASL GSSAPI with the tickets of the Kerberos credential cache ({@code KRB5CCNAME}, as {@code kinit} left it). */
	record Gssapi() implements LdapLogin {
	}
}
