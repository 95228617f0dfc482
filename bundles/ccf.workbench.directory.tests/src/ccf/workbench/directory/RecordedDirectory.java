/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A directory and a DNS zone as recorded answers: accounts with their SPNs and CNAME records, answering the way
 * {@link LdapSpnDirectory} and {@link JndiCnameLookup} do (names compared without case).
 */
final class RecordedDirectory implements SpnDirectory, CnameLookup {

	private final Map<String, List<String>> spnsByAccount = new LinkedHashMap<>();
	private final Map<String, String> cnames = new HashMap<>();

	/** The state of the article's directory before the fix: the computer CCFIIS$ with its SPNs, ASPUSER without. */
	static RecordedDirectory fabrikamBefore() {
		return new RecordedDirectory().withAccount("CCFIIS$", "HOST/CCFIIS", "HOST/ccfiis.fabrikam.com").withAccount("ASPUSER")
				.withAccount("ccfagent");
	}

	/** After the generated remediation: the CNAME and the alias's SPNs on ASPUSER. */
	static RecordedDirectory fabrikamAfter() {
		return fabrikamBefore().cname("ccfiisalias.fabrikam.com", "ccfiis.fabrikam.com").spn("ASPUSER", "host/CCFIISAlias")
				.spn("ASPUSER", "host/ccfiisalias.fabrikam.com");
	}

	RecordedDirectory withAccount(String sam, String... spns) {
		spnsByAccount.put(sam, new ArrayList<>(List.of(spns)));
		return this;
	}

	RecordedDirectory spn(String sam, String spn) {
		spnsByAccount.get(sam).add(spn);
		return this;
	}

	RecordedDirectory cname(String fqdn, String target) {
		cnames.put(fqdn.toLowerCase(Locale.ROOT), target);
		return this;
	}

	@Override
	public Optional<DirectoryAccount> account(String samAccountName) {
		return spnsByAccount.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(samAccountName)).findFirst()
				.map(e -> new DirectoryAccount("CN=" + e.getKey() + ",DC=fabrikam,DC=com", e.getKey(), e.getValue()));
	}

	@Override
	public List<DirectoryAccount> holdersOf(Collection<String> hosts) {
		List<DirectoryAccount> holders = new ArrayList<>();
		spnsByAccount.forEach((sam, spns) -> {
			if (spns.stream().map(SpnText::parse).anyMatch(text -> text != null && hosts.stream().anyMatch(text.host()::equalsIgnoreCase))) {
				holders.add(account(sam).orElseThrow());
			}
		});
		return holders;
	}

	@Override
	public Optional<String> canonicalNameOf(String fqdn) {
		return Optional.ofNullable(cnames.get(fqdn.toLowerCase(Locale.ROOT)));
	}
}
