/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The syntax of the names a deployment holds, strict enough that a valid name can be quoted for PowerShell, cmd,
 * bash, T-SQL, XML and the registry without surprises. Each check returns why a name is wrong, or empty.
 */
public final class Names {

	/** Letters, digits and hyphens: a NetBIOS computer name that is also a valid DNS label. */
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
	private static final Pattern SERVICE_CLASS = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
	private static final Pattern SAM = Pattern.compile("[A-Za-z0-9._-]+\\$?");
	private static final Pattern UPN = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+");
	private static final Pattern SPN_NAME = Pattern.compile("[A-Za-z0-9._-]+");
	private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
	private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

	private Names() {
	}

	/** A computer's or a domain's NetBIOS name: at most 15 characters, letters, digits and hyphens. */
	public static Optional<String> checkNetbios(String name) {
		if (name == null || name.isEmpty()) {
			return Optional.of("is empty");
		}
		if (name.length() > 15) {
			return Optional.of("has " + name.length() + " characters; NetBIOS names have at most 15");
		}
		if (!LABEL.matcher(name).matches()) {
			return Optional.of("may only hold letters, digits and inner hyphens (it is also a DNS label, RFC 1123)");
		}
		if (name.chars().allMatch(Character::isDigit)) {
			return Optional.of("is all digits, which Windows does not allow for a computer name");
		}
		return Optional.empty();
	}

	/** A DNS label per RFC 1123: 1 to 63 letters, digits and inner hyphens. */
	public static Optional<String> checkDnsLabel(String label) {
		if (label == null || label.isEmpty()) {
			return Optional.of("is empty");
		}
		if (label.length() > 63) {
			return Optional.of("has " + label.length() + " characters; a DNS label has at most 63");
		}
		if (!LABEL.matcher(label).matches()) {
			return Optional.of("may only hold letters, digits and inner hyphens (RFC 1123)");
		}
		return Optional.empty();
	}

	/**
	 * A fully qualified or relative DNS name; one trailing dot is allowed. A name of digits only ({@code 10.0.0.5},
	 * {@code 2009}) is refused: resolvers, browsers and .NET read it as an IP address (RFC 3696, section 2).
	 */
	public static Optional<String> checkDnsName(String name) {
		if (name == null || name.isEmpty()) {
			return Optional.of("is empty");
		}
		String body = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		if (body.length() > 253) {
			return Optional.of("has " + body.length() + " characters; a DNS name has at most 253");
		}
		for (String label : body.split("\\.", -1)) {
			Optional<String> problem = checkDnsLabel(label);
			if (problem.isPresent()) {
				return Optional.of("has a label '" + label + "' that " + problem.get());
			}
		}
		if (DIGITS_AND_DOTS.matcher(body).matches()) {
			return Optional.of("is all digits, which is read as an IP address, not a DNS name");
		}
		return Optional.empty();
	}

	/** Whether a text is a dotted IPv4 address such as 10.0.0.5. */
	public static boolean isIpv4(String text) {
		return text != null && IPV4.matcher(text).matches();
	}

	/**
	 * A user account's sAMAccountName: at most 20 characters; letters, digits, dots, hyphens and underscores, and a
	 * final {@code $} for managed service accounts. Active Directory allows more, but those characters need quoting
	 * rules that differ between cmd, PowerShell and bash; CCF Workbench does not emit them.
	 */
	public static Optional<String> checkSamAccountName(String name) {
		if (name == null || name.isEmpty()) {
			return Optional.of("is empty");
		}
		if (name.length() > 20) {
			return Optional.of("has " + name.length() + " characters; a sAMAccountName has at most 20");
		}
		if (!SAM.matcher(name).matches() || name.endsWith(".")) {
			return Optional.of("may only hold letters, digits, '.', '-', '_' (and a final '$')");
		}
		return Optional.empty();
	}

	public static Optional<String> checkUserPrincipalName(String upn) {
		if (upn == null || upn.isEmpty()) {
			return Optional.empty();
		}
		if (!UPN.matcher(upn).matches()) {
			return Optional.of("is not of the form user@dns.domain");
		}
		return checkDnsName(upn.substring(upn.indexOf('@') + 1)).map(p -> "has a domain part that " + p);
	}

	/** The parts of an SPN, serviceclass/host[:port][/name]. */
	public static Optional<String> checkSpn(String serviceClass, String host, Integer port, String serviceName) {
		if (serviceClass == null || !SERVICE_CLASS.matcher(serviceClass).matches()) {
			return Optional.of("has a service class that is not letters, digits and hyphens");
		}
		// Since Windows Server 2016 a client may ask for a ticket for an IPv4 address.
		Optional<String> hostProblem = isIpv4(host) ? Optional.empty() : checkDnsName(host);
		if (hostProblem.isPresent()) {
			return Optional.of("has a host that " + hostProblem.get());
		}
		if (port != null && (port < 1 || port > 65535)) {
			return Optional.of("has port " + port + ", outside 1..65535");
		}
		if (serviceName != null && !serviceName.isEmpty() && !SPN_NAME.matcher(serviceName).matches()) {
			return Optional.of("has a service name that is not letters, digits, '.', '-' and '_'");
		}
		return Optional.empty();
	}

	/** Parses the text of an SPN, e.g. from an endpoint's identity; empty when it is not an SPN. */
	public static Optional<String[]> splitSpn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		int slash = text.indexOf('/');
		if (slash <= 0 || slash == text.length() - 1) {
			return Optional.empty();
		}
		String rest = text.substring(slash + 1);
		int nameSlash = rest.indexOf('/');
		String hostPort = nameSlash < 0 ? rest : rest.substring(0, nameSlash);
		int colon = hostPort.indexOf(':');
		String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
		return Optional.of(new String[] { text.substring(0, slash), host });
	}

	/** A Windows path: no control characters and none of {@code " < > | ? *}. */
	public static Optional<String> checkWindowsPath(String path) {
		if (path == null || path.isEmpty()) {
			return Optional.empty();
		}
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c < 0x20 || "\"<>|?*".indexOf(c) >= 0) {
				return Optional.of("holds '" + printable(c) + "', which Windows paths cannot contain");
			}
		}
		return Optional.empty();
	}

	/**
	 * Characters no text of a deployment may hold because they change what a script or a reviewer sees: control
	 * characters (line breaks included) and Unicode format characters such as bidirectional overrides.
	 */
	public static Optional<String> checkSafeText(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) {
				continue; // printable ASCII, nearly every character of a deployment
			}
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				return Optional.of("holds the invisible character " + printable(c) + " at position " + (i + 1));
			}
		}
		return Optional.empty();
	}

	static String printable(char c) {
		return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
	}
}
