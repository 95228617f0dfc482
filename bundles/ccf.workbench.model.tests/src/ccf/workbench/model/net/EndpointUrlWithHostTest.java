/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointUrlWithHostTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://CCFIIS/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx | CCFIISAlias | http://CCFIISAlias/Microsoft.Ccf.Csr.WebServices.AgentCredentials/AgentCredentials.asmx
			https://ccfiis.fabrikam.com:8443/Gateway.svc?wsdl | ccfiisalias.fabrikam.com | https://ccfiisalias.fabrikam.com:8443/Gateway.svc?wsdl
			net.tcp://ccfiis:808/ContactCenter | ccfiisalias | net.tcp://ccfiisalias:808/ContactCenter
			HTTP://CCFIIS/Path/Mixed.Case/X.SVC | ccfiisalias | HTTP://ccfiisalias/Path/Mixed.Case/X.SVC
			http://FABRIKAM%5Caspuser:pw@ccfiis:81/x.svc | ccfiisalias | http://FABRIKAM%5Caspuser:pw@ccfiisalias:81/x.svc
			http://CCFIIS | CCFIISAlias | http://CCFIISAlias
			http://ccfiis.fabrikam.com./x | ccfiisalias.fabrikam.com. | http://ccfiisalias.fabrikam.com./x
			http://[fe80::1]:8080/x | ccfiisalias | http://ccfiisalias:8080/x
			""")
	void replacesOnlyTheHost(String text, String newHost, String expected) {
		assertThat(EndpointUrl.parse(text).orElseThrow().withHost(newHost)).isEqualTo(expected);
	}

	@Test
	void leavesTheOldHostInQueryAndFragmentAlone() {
		String text = "http://CCFIIS/Customer.svc?back=http://CCFIIS/&server=CCFIIS#CCFIIS";

		String rewritten = EndpointUrl.parse(text).orElseThrow().withHost("CCFIISAlias");

		assertThat(rewritten).isEqualTo("http://CCFIISAlias/Customer.svc?back=http://CCFIIS/&server=CCFIIS#CCFIIS");
	}

	@Test
	void keepsCharactersThatJavaNetUriWouldRejectOrReencode() {
		String text = "http://CCFIIS/{0}/%TOKEN%/with space/|pipe|?q=a b&x=\u00e9";

		String rewritten = EndpointUrl.parse(text).orElseThrow().withHost("CCFIISAlias");

		assertThat(rewritten).isEqualTo("http://CCFIISAlias/{0}/%TOKEN%/with space/|pipe|?q=a b&x=\u00e9");
	}

	@Test
	void keepsEveryCharacterBeforeAndAfterTheHost() {
		String text = "Https://user:p%40ss@CcFiIs.Fabrikam.Com:8443/A/B.svc;jsessionid=1?X=Y&Z=%20#Frag";
		EndpointUrl url = EndpointUrl.parse(text).orElseThrow();

		String rewritten = url.withHost("ccfiisalias.fabrikam.com");

		assertThat(rewritten).startsWith(text.substring(0, url.hostStart()))
				.endsWith(text.substring(url.hostEnd()))
				.hasSize(text.length() - url.host().length() + "ccfiisalias.fabrikam.com".length());
	}

	@Test
	void theRewrittenUrlParsesToTheNewHostWithSchemeAndPortUnchanged() {
		EndpointUrl url = EndpointUrl.parse("NET.TCP://ccfiis:808/x").orElseThrow();

		EndpointUrl rewritten = EndpointUrl.parse(url.withHost("ccfiisalias.fabrikam.com")).orElseThrow();

		assertThat(rewritten.host()).isEqualTo("ccfiisalias.fabrikam.com");
		assertThat(rewritten.scheme()).isEqualTo("NET.TCP");
		assertThat(rewritten.port()).isEqualTo(808);
	}

	@Test
	void rewritingToTheSameHostGivesTheSameText() {
		String text = "http://CCFIIS:80/Customer.svc?wsdl";

		assertThat(EndpointUrl.parse(text).orElseThrow().withHost("CCFIIS")).isEqualTo(text);
	}
}
