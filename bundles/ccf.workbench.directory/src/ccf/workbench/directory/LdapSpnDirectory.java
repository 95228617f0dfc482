/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.security.auth.Subject;

/**
 * Active Directory over LDAP with the JDK's JNDI provider: one connection, subtree searches under a base DN,
 * referrals to other partitions ignored.
 */
public final class LdapSpnDirectory implements SpnDirectory, AutoCloseable {

	private static final String[] ATTRIBUTES = { "sAMAccountName", "servicePrincipalName" };

	private final DirContext context;
	private final String baseDn;
	private final String url;

	private LdapSpnDirectory(DirContext context, String baseDn, String url) {
		this.context = context;
		this.baseDn = baseDn;
		this.url = url;
	}

	/**
	 * Connects and binds.
	 *
	 * @param url    e.g. {@code ldap://dc01.fabrikam.com}; for GSSAPI the host must be the DC's name in its
	 *               {@code ldap/} SPN
	 * @param baseDn e.g. {@code DC=fabrikam,DC=com}
	 */
	public static LdapSpnDirectory connect(String url, String baseDn, LdapLogin login) throws DirectoryException {
		Hashtable<String, Object> env = new Hashtable<>();
		env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
		env.put(Context.PROVIDER_URL, url);
		env.put(Context.REFERRAL, "ignore");
		env.put("com.sun.jndi.ldap.connect.timeout", "5000");
		env.put("com.sun.jndi.ldap.read.timeout", "15000");
		try {
			DirContext context = switch (login) {
			case LdapLogin.SimpleBind bind -> {
				env.put(Context.SECURITY_AUTHENTICATION, "simple");
				env.put(Context.SECURITY_PRINCIPAL, bind.user());
				env.put(Context.SECURITY_CREDENTIALS, bind.password());
				yield new InitialDirContext(env);
			}
			case LdapLogin.Gssapi gssapi -> {
				env.put(Context.SECURITY_AUTHENTICATION, "GSSAPI");
				// Signing or sealing: what AD's "require strong auth" asks of a bind without TLS.
				env.put("javax.security.sasl.qop", "auth-conf,auth-int");
				Subject subject = KerberosTicketCache.login();
				yield Subject.callAs(subject, () -> new InitialDirContext(env));
			}
			};
			return new LdapSpnDirectory(context, baseDn, url);
		} catch (NamingException e) {
			throw new DirectoryException("cannot log in to " + url + ": " + message(e), e);
		} catch (java.util.concurrent.CompletionException e) {
			throw new DirectoryException("cannot log in to " + url + " with Kerberos: " + message(e.getCause()), e.getCause());
		} finally {
			env.remove(Context.SECURITY_CREDENTIALS);
		}
	}

	@Override
	public Optional<DirectoryAccount> account(String samAccountName) throws DirectoryException {
		List<DirectoryAccount> found = search("(sAMAccountName=" + LdapFilter.escape(samAccountName) + ")");
		return found.stream().findFirst();
	}

	@Override
	public List<DirectoryAccount> holdersOf(Collection<String> hosts) throws DirectoryException {
		if (hosts.isEmpty()) {
			return List.of();
		}
		StringBuilder filter = new StringBuilder("(|");
		for (String host : hosts) {
			String h = LdapFilter.escape(host);
			filter.append("(servicePrincipalName=*/").append(h).append(")(servicePrincipalName=*/").append(h)
					.append(":*)(servicePrincipalName=*/").append(h).append("/*)");
		}
		return search(filter.append(')').toString());
	}

	private List<DirectoryAccount> search(String filter) throws DirectoryException {
		SearchControls controls = new SearchControls();
		controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
		controls.setReturningAttributes(ATTRIBUTES);
		List<DirectoryAccount> accounts = new ArrayList<>();
		try {
			NamingEnumeration<SearchResult> results = context.search(baseDn, filter, controls);
			try {
				while (results.hasMore()) {
					SearchResult result = results.next();
					accounts.add(new DirectoryAccount(result.getNameInNamespace(), text(result.getAttributes().get("sAMAccountName")).stream()
							.findFirst().orElse(""), text(result.getAttributes().get("servicePrincipalName"))));
				}
			} catch (PartialResultException referrals) {
				// AD ends a search of the domain partition with referrals to the others.
			}
		} catch (NamingException e) {
			throw new DirectoryException("LDAP search " + filter + " under " + baseDn + " at " + url + " failed: " + message(e), e);
		}
		return accounts;
	}

	private static List<String> text(Attribute attribute) throws NamingException {
		List<String> values = new ArrayList<>();
		if (attribute != null) {
			NamingEnumeration<?> all = attribute.getAll();
			while (all.hasMore()) {
				values.add(String.valueOf(all.next()));
			}
		}
		return values;
	}

	static String message(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return root == e || root.getMessage() == null ? text : text + " (" + root.getMessage() + ")";
	}

	@Override
	public void close() {
		try {
			context.close();
		} catch (NamingException e) {
			// Closing a connection that is gone already.
		}
	}
}
