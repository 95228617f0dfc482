/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;

/** Owner names of records in the fabrikam.com zone and looking records up by relative or absolute name. */
class DnsRecordLookupTest {

	private final Fabrikam fabrikam = new Fabrikam();
	private final DnsRecord apex = fabrikam.addRecord("@", DnsRecordType.A, "10.0.0.1");
	private final DnsRecord ccfiis = fabrikam.addRecord("ccfiis", DnsRecordType.A, "10.0.0.10");
	private final DnsRecord alias = fabrikam.addRecord("CCFIISAlias", DnsRecordType.CNAME, "ccfiis.fabrikam.com.");
	private final DnsRecord dc = fabrikam.addRecord("dc01.fabrikam.com.", DnsRecordType.A, "10.0.0.2");
	private final DnsRecord sql = fabrikam.addRecord("CCFSQL.Fabrikam.com", DnsRecordType.A, "10.0.0.20");
	private final DnsRecord web = fabrikam.addRecord("ccfalias.web", DnsRecordType.CNAME, "ccfiis.fabrikam.com.");

	@Test
	void relativeOwnerNamesAreQualifiedWithTheZone() {
		assertThat(ccfiis.fqdn()).isEqualTo("ccfiis.fabrikam.com");
		assertThat(alias.fqdn()).isEqualTo("CCFIISAlias.fabrikam.com");
		assertThat(web.fqdn()).isEqualTo("ccfalias.web.fabrikam.com");
	}

	@Test
	void atSignIsTheZoneItself() {
		assertThat(apex.fqdn()).isEqualTo("fabrikam.com");
	}

	@Test
	void absoluteOwnerNamesAreKeptWithoutTrailingDot() {
		assertThat(dc.fqdn()).isEqualTo("dc01.fabrikam.com");
		assertThat(sql.fqdn()).isEqualTo("CCFSQL.Fabrikam.com");
	}

	@Test
	void recordOutsideAZoneIsNamedAsWritten() {
		DnsRecord loose = Fabrikam.F.createDnsRecord();
		loose.setName("ccfiisalias");

		assertThat(loose.fqdn()).isEqualTo("ccfiisalias");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ccfiisalias", "CCFIISALIAS", "ccfiisalias.fabrikam.com",
			"CCFIISAlias.Fabrikam.COM", "ccfiisalias.fabrikam.com." })
	void findsTheAliasByRelativeOrAbsoluteNameInAnyCase(String name) {
		assertThat(fabrikam.domain().findRecord(name)).isSameAs(alias);
	}

	@ParameterizedTest
	@ValueSource(strings = { "@", "fabrikam.com", "FABRIKAM.COM." })
	void findsTheZoneApexByAtSignOrZoneName(String name) {
		assertThat(fabrikam.domain().findRecord(name)).isSameAs(apex);
	}

	@Test
	void findsRecordsWrittenWithAbsoluteNamesByRelativeName() {
		assertThat(fabrikam.domain().findRecord("DC01")).isSameAs(dc);
		assertThat(fabrikam.domain().findRecord("ccfsql")).isSameAs(sql);
	}

	@Test
	void findsARelativeNameWithSeveralLabels() {
		assertThat(fabrikam.domain().findRecord("ccfalias.web")).isSameAs(web);
		assertThat(fabrikam.domain().findRecord("ccfalias.web.fabrikam.com")).isSameAs(web);
	}

	@Test
	void findsRecordsOfAZoneWrittenWithTrailingDot() {
		fabrikam.domain().setDnsName("fabrikam.com.");

		assertThat(fabrikam.domain().findRecord("ccfiisalias")).isSameAs(alias);
		assertThat(fabrikam.domain().findRecord("ccfiisalias.fabrikam.com")).isSameAs(alias);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "ccfiisalias2", "ccfiisali", "ccfiisalias.contoso.com", "ccfiisalias.fabrikam",
			"fabrikam", "com", "web", "ccfalias" })
	void findsNothingForOtherNames(String name) {
		assertThat(fabrikam.domain().findRecord(name)).isNull();
	}
}
