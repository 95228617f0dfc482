/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The syntax checks of {@link Names}, table by table: each row is a name and either null (valid) or a fragment of
 * the problem the check must report. Boundaries (15/16, 63/64, 253/254, 20/21 characters), trailing dots, digits,
 * and hostile input: shell and SQL metacharacters, line breaks, bidirectional overrides, look-alike letters.
 */
class NamesTest {

	/** Cyrillic small a, U+0430: looks like the Latin a. */
	private static final String CYRILLIC_A = "\u0430";
	/** Right-to-left override, U+202E: reverses what a reviewer sees. */
	private static final String RLO = "\u202E";

	private static Arguments ok(String name) {
		return Arguments.of(name, null);
	}

	private static Arguments bad(String name, String problem) {
		return Arguments.of(name, problem);
	}

	private static void assertCheck(Optional<String> result, String expectedProblem) {
		if (expectedProblem == null) {
			assertThat(result).isEmpty();
		} else {
			assertThat(result).hasValueSatisfying(problem -> assertThat(problem).contains(expectedProblem));
		}
	}

	/** Shell, PowerShell, cmd and T-SQL metacharacters, line breaks and look-alikes, placed inside a name. */
	private static Stream<String> hostile(String prefix, String suffix) {
		return Stream.of("\"", "'", "%", "&", "^", "$(calc)", "`calc`", ";", "|", "<", ">", "\\", "/", " ", "\n", "\r",
				"\t", RLO, "\u200B", CYRILLIC_A, "\u00E9", "\uFF21").map(s -> prefix + s + suffix);
	}

	static Stream<Arguments> netbios() {
		return Stream.concat(Stream.of(ok("CCFIIS"), ok("A"), ok("ccfiis"), ok("CCF-WEB-01"), ok("1CCF"), ok("WEB2009"),
				ok("X".repeat(15)), bad("X".repeat(16), "has 16 characters; NetBIOS names have at most 15"),
				bad("CCFWEBSERVER2009", "16 characters"), bad(null, "is empty"), bad("", "is empty"),
				bad("-CCFIIS", "inner hyphens"), bad("CCFIIS-", "inner hyphens"), bad("CCF_IIS", "letters, digits"),
				bad("CCF.IIS", "letters, digits"), bad("12345", "all digits"), bad("0", "all digits"),
				bad("CCFIIS.", "letters, digits")), hostile("CCF", "IIS").map(name -> bad(name, "letters, digits")));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("netbios")
	void netbiosNames(String name, String problem) {
		assertCheck(Names.checkNetbios(name), problem);
	}

	static Stream<Arguments> dnsLabels() {
		return Stream.concat(Stream.of(ok("a"), ok("ccfiisalias"), ok("CCFIISAlias"), ok("0ccf"), ok("ccf-2009"), ok("2009"),
				ok("xn--80ak6aa92e"), ok("a".repeat(63)), bad("a".repeat(64), "has 64 characters; a DNS label has at most 63"),
				bad(null, "is empty"), bad("", "is empty"), bad("-ccf", "inner hyphens"), bad("ccf-", "inner hyphens"),
				bad("ccf_iis", "RFC 1123"), bad("ccf.iis", "RFC 1123"), bad("*", "RFC 1123")),
				hostile("ccf", "alias").map(name -> bad(name, "RFC 1123")));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("dnsLabels")
	void dnsLabels(String label, String problem) {
		assertCheck(Names.checkDnsLabel(label), problem);
	}

	/** A name of exactly {@code length} characters, in labels of at most 63. */
	static String dnsName(int length) {
		StringBuilder name = new StringBuilder();
		while (name.length() < length) {
			if (name.length() > 0) {
				name.append('.');
			}
			name.append("a".repeat(Math.min(63, Math.max(1, length - name.length()))));
		}
		return name.toString();
	}

	static Stream<Arguments> dnsNames() {
		return Stream.concat(Stream.of(ok("fabrikam.com"), ok("ccfiis.fabrikam.com"), ok("ccfiis.fabrikam.com."),
				ok("CCFIISALIAS.FABRIKAM.COM"), ok("ccfiis"), ok("2009.fabrikam.com"), ok("ccf.2009.fabrikam.com"),
				ok("xn--80ak6aa92e.com"), ok(dnsName(253)), ok(dnsName(253) + "."),
				ok("a".repeat(63) + ".fabrikam.com"),
				bad(dnsName(254), "has 254 characters; a DNS name has at most 253"),
				bad(dnsName(254) + ".", "254 characters"),
				bad("a".repeat(64) + ".fabrikam.com", "64 characters"), bad(null, "is empty"), bad("", "is empty"),
				bad(".", "is empty"), bad("fabrikam..com", "label '' that is empty"), bad(".fabrikam.com", "is empty"),
				bad("fabrikam.com..", "is empty"), bad("-ccf.fabrikam.com", "'-ccf'"),
				bad("ccf_iis.fabrikam.com", "'ccf_iis'"), bad("*.fabrikam.com", "'*'"),
				bad("ccfiis.fabrikam.com:80", "'com:80'"), bad("http://ccfiis.fabrikam.com", "'http://ccfiis'"),
				bad("10.0.0.5", "all digits, which is read as an IP address"), bad("2009", "all digits"),
				bad("1.2", "all digits"), bad("2009.", "all digits"), bad("10.0.0.256", "all digits")),
				hostile("ccf", "iis.fabrikam.com").map(name -> bad(name, "may only hold letters, digits and inner hyphens")));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("dnsNames")
	void dnsNames(String name, String problem) {
		assertCheck(Names.checkDnsName(name), problem);
	}

	@Test
	void generatedDnsNamesHaveTheirLength() {
		assertThat(dnsName(253)).hasSize(253);
		assertThat(dnsName(254)).hasSize(254);
		assertThat(dnsName(253).split("\\.")).allMatch(label -> !label.isEmpty() && label.length() <= 63);
	}

	static Stream<Arguments> samAccountNames() {
		return Stream.concat(Stream.of(ok("ASPUSER"), ok("aspuser"), ok("svc.ccf"), ok("svc_ccf-01"), ok("2009"),
				ok("MyCCFAppPoolService"), ok("a".repeat(20)), ok("gmsa-ccf$"), ok("a".repeat(19) + "$"),
				bad("a".repeat(21), "has 21 characters; a sAMAccountName has at most 20"),
				bad("a".repeat(20) + "$", "21 characters"), bad("MyCCFAppPoolServiceAccount", "26 characters"),
				bad(null, "is empty"), bad("", "is empty"), bad("$", "letters, digits"), bad("svc$$", "final '$'"),
				bad("svc$x", "final '$'"), bad("svc.", "letters, digits"), bad("FABRIKAM\\ASPUSER", "letters, digits"),
				bad("aspuser@fabrikam.com", "letters, digits")), hostile("asp", "user").map(name -> bad(name, "letters, digits")));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("samAccountNames")
	void samAccountNames(String name, String problem) {
		assertCheck(Names.checkSamAccountName(name), problem);
	}

	static Stream<Arguments> userPrincipalNames() {
		return Stream.concat(Stream.of(ok(null), ok(""), ok("ASPUSER@fabrikam.com"), ok("svc.ccf@fabrikam.com."),
				ok("svc_ccf-01@ccf.fabrikam.com"), bad("ASPUSER", "user@dns.domain"), bad("a@b@fabrikam.com", "user@dns.domain"),
				bad("@fabrikam.com", "user@dns.domain"), bad("aspuser@", "user@dns.domain"),
				bad("aspuser@fabrikam..com", "domain part that has a label '' that is empty"),
				bad("aspuser@10.0.0.5", "domain part that is all digits"), bad("FABRIKAM\\ASPUSER", "user@dns.domain")),
				hostile("asp", "user@fabrikam.com").map(name -> bad(name, "user@dns.domain")));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("userPrincipalNames")
	void userPrincipalNames(String upn, String problem) {
		assertCheck(Names.checkUserPrincipalName(upn), problem);
	}

	static Stream<Arguments> spns() {
		return Stream.of(Arguments.of("host", "ccfiisalias", null, null, null),
				Arguments.of("HOST", "CCFIISAlias.fabrikam.com", null, null, null),
				Arguments.of("HTTP", "ccfiisalias.fabrikam.com.", null, null, null),
				Arguments.of("MSSQLSvc", "ccfsql.fabrikam.com", 1433, null, null),
				Arguments.of("ldap", "dc01.fabrikam.com", null, "fabrikam.com", null),
				Arguments.of("RestrictedKrbHost", "ccfiis", 1, "x_y-z.1", null),
				Arguments.of("host", "10.0.0.5", null, null, null), Arguments.of("host", "ccfiis", 65535, "", null),
				Arguments.of(null, "ccfiis", null, null, "service class"), Arguments.of("", "ccfiis", null, null, "service class"),
				Arguments.of("1host", "ccfiis", null, null, "service class"),
				Arguments.of("ho st", "ccfiis", null, null, "service class"),
				Arguments.of("h" + CYRILLIC_A + "st", "ccfiis", null, null, "service class"),
				Arguments.of("host;calc", "ccfiis", null, null, "service class"),
				Arguments.of("host", null, null, null, "has a host that is empty"),
				Arguments.of("host", "", null, null, "has a host that is empty"),
				Arguments.of("host", "ccf iis", null, null, "has a host that"),
				Arguments.of("host", "ccfiis:80", null, null, "has a host that"),
				Arguments.of("host", "ccfiis/name", null, null, "has a host that"),
				Arguments.of("host", "10.0.0.256", null, null, "all digits"),
				Arguments.of("host", "$(calc)", null, null, "has a host that"),
				Arguments.of("host", "ccf" + RLO + "iis", null, null, "has a host that"),
				Arguments.of("host", "ccfiis", 0, null, "port 0, outside 1..65535"),
				Arguments.of("host", "ccfiis", 65536, null, "port 65536"), Arguments.of("host", "ccfiis", -1, null, "port -1"),
				Arguments.of("host", "ccfiis", null, "a b", "service name"),
				Arguments.of("host", "ccfiis", null, "x/y", "service name"),
				Arguments.of("host", "ccfiis", null, "x\ny", "service name"),
				Arguments.of("host", "ccfiis", null, "`calc`", "service name"));
	}

	@ParameterizedTest(name = "[{index}] {0}/{1}:{2}/{3}")
	@MethodSource("spns")
	void spnParts(String serviceClass, String host, Integer port, String serviceName, String problem) {
		assertCheck(Names.checkSpn(serviceClass, host, port, serviceName), problem);
	}

	@Test
	void splitsTheServiceClassAndHostOfAnSpn() {
		assertThat(Names.splitSpn("host/ccfiisalias.fabrikam.com")).hasValueSatisfying(
				parts -> assertThat(parts).containsExactly("host", "ccfiisalias.fabrikam.com"));
		assertThat(Names.splitSpn("HTTP/ccfiis:8080/CcfService")).hasValueSatisfying(
				parts -> assertThat(parts).containsExactly("HTTP", "ccfiis"));
		assertThat(Names.splitSpn("MSSQLSvc/ccfsql.fabrikam.com:1433")).hasValueSatisfying(
				parts -> assertThat(parts).containsExactly("MSSQLSvc", "ccfsql.fabrikam.com"));
	}

	@Test
	void textsThatAreNoSpnDoNotSplit() {
		assertThat(Names.splitSpn(null)).isEmpty();
		assertThat(Names.splitSpn("ccfiisalias")).isEmpty();
		assertThat(Names.splitSpn("host/")).isEmpty();
		assertThat(Names.splitSpn("/ccfiisalias")).isEmpty();
	}

	static Stream<Arguments> windowsPaths() {
		return Stream.of(ok(null), ok(""), ok("C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config"),
				ok("C:\\Program Files (x86)\\Microsoft CCF\\Mmc.exe.config"), ok("\\\\ccfiis\\c$\\Inetpub\\wwwroot\\Web.config"),
				ok("%windir%\\System32\\inetsrv\\config\\applicationHost.config"),
				// Legal in Windows paths: quoting them for cmd, PowerShell and bash is the generators' job.
				ok("C:\\CCF & Co\\Web.config"), ok("C:\\ccf$(x)\\Web.config"), ok("C:\\ccf^`'\\Web.config"),
				ok("C:\\M\u00FCnchen\\Web.config"), ok("configs/AgentDesktop.exe.config"),
				bad("C:\\ccf\"\\Web.config", "holds '\"'"), bad("C:\\ccf<x\\Web.config", "holds '<'"),
				bad("C:\\ccf>x\\Web.config", "holds '>'"), bad("C:\\ccf|more", "holds '|'"), bad("C:\\ccf?\\x", "holds '?'"),
				bad("C:\\ccf*\\x", "holds '*'"), bad("C:\\ccf\n\\x", "holds 'U+000A'"), bad("C:\\ccf\r\\x", "holds 'U+000D'"),
				bad("C:\\ccf\t\\x", "holds 'U+0009'"), bad("C:\\ccf\u0000\\x", "holds 'U+0000'"));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("windowsPaths")
	void windowsPaths(String path, String problem) {
		assertCheck(Names.checkWindowsPath(path), problem);
	}

	static Stream<Arguments> safeTexts() {
		return Stream.of(ok(null), ok(""), ok("KB 969803: CCF 2009 clients fail Kerberos"), ok("Z\u00FCrich \u2014 \u00ABbefore\u00BB"),
				ok("\u0430\u0431\u0432"), ok("\uD83D\uDE42"), ok("quotes \" ' ` $() % & ^ | < > are visible"),
				bad("line\nbreak", "U+000A at position 5"), bad("\rx", "U+000D at position 1"), bad("tab\t", "U+0009 at position 4"),
				bad("nul\u0000", "U+0000"), bad("del\u007F", "U+007F"), bad("nel\u0085", "U+0085"),
				bad("invoice" + RLO + "fdp.exe", "U+202E at position 8"), bad("zero\u200Bwidth", "U+200B"),
				bad("\u200Eltr", "U+200E"), bad("\uFEFFbom", "U+FEFF"), bad("isolate\u2066x\u2069", "U+2066"));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("safeTexts")
	void safeTexts(String text, String problem) {
		assertCheck(Names.checkSafeText(text), problem);
	}

	@Test
	void ipv4AddressesAreDottedQuadsOfBytes() {
		assertThat(Names.isIpv4("10.0.0.5")).isTrue();
		assertThat(Names.isIpv4("255.255.255.255")).isTrue();
		assertThat(Names.isIpv4("0.0.0.0")).isTrue();
		assertThat(Names.isIpv4("256.0.0.1")).isFalse();
		assertThat(Names.isIpv4("10.0.0")).isFalse();
		assertThat(Names.isIpv4("10.0.0.5.")).isFalse();
		assertThat(Names.isIpv4("ccfiis")).isFalse();
		assertThat(Names.isIpv4(null)).isFalse();
	}
}
