/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.Hashtable;
import java.util.Optional;

import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/** CNAME records asked of one DNS server (the DC's) with the JDK's DNS provider; no resolver of the host is used. */
public final class JndiCnameLookup implements CnameLookup {

	private final String server;

	/** @param server the DNS server: a host name or IPv4 address, with an optional {@code :port} */
	public JndiCnameLookup(String server) {
		this.server = server;
	}

	@Override
	public Optional<String> canonicalNameOf(String fqdn) throws DirectoryException {
		Hashtable<String, String> env = new Hashtable<>();
		env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
		env.put(Context.PROVIDER_URL, "dns://" + server);
		env.put("com.sun.jndi.dns.timeout.initial", "2000");
		env.put("com.sun.jndi.dns.timeout.retries", "2");
		DirContext context = null;
		try {
			context = new InitialDirContext(env);
			Attribute cname = context.getAttributes(fqdn + ".", new String[] { "CNAME" }).get("CNAME");
			if (cname == null || cname.size() == 0) {
				return Optional.empty();
			}
			String target = String.valueOf(cname.get());
			return Optional.of(target.endsWith(".") ? target.substring(0, target.length() - 1) : target);
		} catch (NameNotFoundException e) {
			return Optional.empty();
		} catch (NamingException e) {
			throw new DirectoryException("DNS server " + server + " did not answer for " + fqdn + ": " + LdapSpnDirectory.message(e), e);
		} finally {
			if (context != null) {
				try {
					context.close();
				} catch (NamingException e) {
					// Nothing held open.
				}
			}
		}
	}
}
