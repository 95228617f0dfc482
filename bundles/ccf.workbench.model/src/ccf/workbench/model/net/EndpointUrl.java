/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.net;

import java.util.Locale;
import java.util.Optional;

/**
 * An absolute URL as it appears in a configuration file, split without normalising anything, so that a
 * rewriter can replace exactly the characters of the host and keep every other character.
 * <p>
 * {@link java.net.URI} is not used because it rejects or re-encodes text that real configuration files
 * contain (spaces, unescaped braces, {@code %} placeholders) and because the host's offsets are needed.
 *
 * @param text      the URL exactly as found
 * @param scheme    the scheme as written, e.g. {@code http}, {@code net.tcp}
 * @param hostStart offset of the first character of the host in {@code text}
 * @param hostEnd   offset after the last character of the host
 * @param port      the port, or -1 when none is written
 */
public record EndpointUrl(String text, String scheme, int hostStart, int hostEnd, int port) {

	/**
	 * Splits {@code text} when it is an absolute URL with an authority ({@code scheme://host...}).
	 *
	 * @return the URL, or empty when {@code text} is null, blank, relative or has no host
	 */
	public static Optional<EndpointUrl> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		int separator = text.indexOf("://");
		if (separator <= 0 || !isScheme(text, separator)) {
			return Optional.empty();
		}
		int authorityStart = separator + 3;
		int authorityEnd = authorityStart;
		while (authorityEnd < text.length() && "/?#".indexOf(text.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		int hostStart = text.lastIndexOf('@', authorityEnd - 1) + 1;
		if (hostStart <= authorityStart) {
			hostStart = authorityStart;
		}
		int hostEnd;
		int port = -1;
		if (hostStart < authorityEnd && text.charAt(hostStart) == '[') {
			int close = text.indexOf(']', hostStart);
			if (close < 0 || close >= authorityEnd) {
				return Optional.empty();
			}
			hostEnd = close + 1;
		} else {
			int colon = text.indexOf(':', hostStart);
			hostEnd = colon >= 0 && colon < authorityEnd ? colon : authorityEnd;
		}
		if (hostEnd < authorityEnd) {
			if (text.charAt(hostEnd) != ':') {
				return Optional.empty();
			}
			port = parsePort(text.substring(hostEnd + 1, authorityEnd));
			if (port == -2) {
				return Optional.empty();
			}
		}
		if (hostEnd == hostStart) {
			return Optional.empty();
		}
		return Optional.of(new EndpointUrl(text, text.substring(0, separator), hostStart, hostEnd, port));
	}

	private static boolean isScheme(String text, int end) {
		if (!Character.isLetter(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < end; i++) {
			char c = text.charAt(i);
			if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	/** @return the port, -1 when empty, -2 when not a port number */
	private static int parsePort(String digits) {
		if (digits.isEmpty()) {
			return -1;
		}
		if (digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
			return -2;
		}
		int value = Integer.parseInt(digits);
		return value <= 65535 ? value : -2;
	}

	/** @return the host as written, e.g. {@code CCFIIS} or {@code ccfiis.fabrikam.com} */
	public String host() {
		return text.substring(hostStart, hostEnd);
	}

	/** @return the scheme in lower case */
	public String normalizedScheme() {
		return scheme.toLowerCase(Locale.ROOT);
	}

	/** @return the URL with its host replaced by {@code newHost}, every other character kept */
	public String withHost(String newHost) {
		return text.substring(0, hostStart) + newHost + text.substring(hostEnd);
	}
}
