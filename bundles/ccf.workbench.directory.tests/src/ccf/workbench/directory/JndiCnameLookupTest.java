/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JndiCnameLookup} asking a DNS server on the loopback interface, as it asks the DC's. */
class JndiCnameLookupTest {

	private TinyDnsServer server;

	@BeforeEach
	void start() throws Exception {
		server = new TinyDnsServer(Map.of("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com."), Set.of("ccfiis.fabrikam.com"));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void theCnameComesWithoutItsTrailingDot() throws Exception {
		assertThat(new JndiCnameLookup(server.address()).canonicalNameOf("ccfiisalias.fabrikam.com")).hasValue("ccfiis.fabrikam.com");
		assertThat(new JndiCnameLookup(server.address()).canonicalNameOf("CCFIISALIAS.fabrikam.com")).hasValue("ccfiis.fabrikam.com");
	}

	@Test
	void aNameWithoutCnameOrNoNameAtAllHasNone() throws Exception {
		JndiCnameLookup dns = new JndiCnameLookup(server.address());

		assertThat(dns.canonicalNameOf("ccfiis.fabrikam.com")).isEmpty();
		assertThat(dns.canonicalNameOf("nothing.fabrikam.com")).isEmpty();
	}

	@Test
	void aServerThatDoesNotAnswerIsAnError() throws Exception {
		try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			String address = "127.0.0.1:" + silent.getLocalPort();

			assertThatThrownBy(() -> new JndiCnameLookup(address).canonicalNameOf("ccfiisalias.fabrikam.com"))
					.isInstanceOf(DirectoryException.class).hasMessageStartingWith("DNS server " + address + " did not answer");
		}
	}
}
