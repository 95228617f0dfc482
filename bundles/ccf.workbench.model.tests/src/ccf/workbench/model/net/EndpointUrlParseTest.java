/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointUrlParseTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://CCFIIS/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc | http    | CCFIIS              | -1
			https://ccfiis.fabrikam.com:8443/Microsoft.Ccf.WebServices.Gateway | https   | ccfiis.fabrikam.com | 8443
			net.tcp://ccfiis:808/Microsoft.Ccf.Csr.WebServices.ContactCenter  | net.tcp | ccfiis              | 808
			HTTP://CCFIIS                                                      | HTTP    | CCFIIS              | -1
			http://ccfiis?wsdl                                                 | http    | ccfiis              | -1
			http://ccfiis#top                                                  | http    | ccfiis              | -1
			http://ccfiis:/Customer.svc                                        | http    | ccfiis              | -1
			http://ccfiis:0/                                                   | http    | ccfiis              | 0
			http://ccfiis:65535/                                               | http    | ccfiis              | 65535
			http://ccfiis.fabrikam.com./Customer.svc                           | http    | ccfiis.fabrikam.com. | -1
			""")
	void splitsSchemeHostAndPortAsWritten(String text, String scheme, String host, int port) {
		EndpointUrl url = EndpointUrl.parse(text).orElseThrow();

		assertThat(url.text()).isEqualTo(text);
		assertThat(url.scheme()).isEqualTo(scheme);
		assertThat(url.host()).isEqualTo(host);
		assertThat(url.port()).isEqualTo(port);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://aspuser@CCFIIS/Customer.svc                    | CCFIIS | -1
			http://FABRIKAM%5Caspuser:s3cret@ccfiis:8080/x.svc    | ccfiis | 8080
			http://a@b@ccfiis/x.svc                               | ccfiis | -1
			http://@ccfiis/x.svc                                  | ccfiis | -1
			http://ccfiis/mailbox@fabrikam.com                    | ccfiis | -1
			http://ccfiis/Customer.svc?contact=aspuser@fabrikam.com | ccfiis | -1
			""")
	void findsTheHostAfterUserInfoButNotAfterAnAtSignInPathOrQuery(String text, String host, int port) {
		EndpointUrl url = EndpointUrl.parse(text).orElseThrow();

		assertThat(url.host()).isEqualTo(host);
		assertThat(url.port()).isEqualTo(port);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://[fe80::1]:8080/Customer.svc      | [fe80::1]         | 8080
			http://[::1]/Customer.svc               | [::1]             | -1
			https://[2001:db8::10]                  | [2001:db8::10]    | -1
			http://[fe80::1%25eth0]:80/x            | [fe80::1%25eth0]  | 80
			""")
	void keepsIpv6LiteralsWithTheirBrackets(String text, String host, int port) {
		EndpointUrl url = EndpointUrl.parse(text).orElseThrow();

		assertThat(url.host()).isEqualTo(host);
		assertThat(url.port()).isEqualTo(port);
	}

	@Test
	void hostOffsetsDelimitExactlyTheHost() {
		String text = "http://FABRIKAM%5Caspuser:pw@CCFIIS:8080/Customer.svc?host=CCFIIS";

		EndpointUrl url = EndpointUrl.parse(text).orElseThrow();

		assertThat(url.hostStart()).isEqualTo(text.indexOf("@CCFIIS") + 1);
		assertThat(url.hostEnd()).isEqualTo(url.hostStart() + "CCFIIS".length());
		assertThat(text.substring(url.hostStart(), url.hostEnd())).isEqualTo("CCFIIS");
	}

	@Test
	void hostOffsetsOfASimpleUrlStartAfterTheSchemeSeparator() {
		EndpointUrl url = EndpointUrl.parse("http://CCFIIS/x").orElseThrow();

		assertThat(url.hostStart()).isEqualTo(7);
		assertThat(url.hostEnd()).isEqualTo(13);
	}

	@Test
	void ipv6HostOffsetsIncludeTheBrackets() {
		EndpointUrl url = EndpointUrl.parse("http://[::1]:81/").orElseThrow();

		assertThat(url.hostStart()).isEqualTo(7);
		assertThat(url.hostEnd()).isEqualTo(12);
	}

	@Test
	void normalizedSchemeIsLowerCaseWhileTheSchemeStaysAsWritten() {
		EndpointUrl url = EndpointUrl.parse("NET.TCP://CCFIIS:808/x").orElseThrow();

		assertThat(url.scheme()).isEqualTo("NET.TCP");
		assertThat(url.normalizedScheme()).isEqualTo("net.tcp");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\r\n", "/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc", "Customer.svc",
			"ccfiis/Customer.svc", "ccfiis:8080", "~/Customer.svc", "not a url at all", "mailto:aspuser@fabrikam.com",
			"C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config", "file:///C:/inetpub/wwwroot",
			"://ccfiis/x", "http://", "http:///Customer.svc", "http://:8080/x", "http://aspuser@/x", "http://?wsdl",
			"http://ccfiis:http/x", "http://ccfiis:65536/", "http://ccfiis:123456/", "http://ccfiis:80:81/",
			"http://ccfiis:-1/", "1http://ccfiis/", "ht tp://ccfiis/", "h_ttp://ccfiis/", "http://[::1", "http://[::1/]",
			"http://[::1]x/", "?next=http://ccfiis/x", "Server=CCFSQL;Database=CCFInfrastructure" })
	void rejectsTextThatIsNoAbsoluteUrlWithAHost(String text) {
		assertThat(EndpointUrl.parse(text)).isEmpty();
	}
}
