/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code MANIFEST.sha256}: the files ccfw generate wrote, one {@code <sha256>  <path>} line each as sha256sum prints
 * them (so {@code sha256sum -c MANIFEST.sha256} checks the folder), sorted by path, after a first line that marks the
 * file as ccfw's.
 */
public record Manifest(Map<String, String> hashes) {

	public static final String FILE = "MANIFEST.sha256";
	private static final String HEADER = "# ccfw generate: the files of this folder it wrote, and their SHA-256";

	public Manifest {
		hashes = Map.copyOf(new TreeMap<>(hashes));
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	byte[] bytes() {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		new TreeMap<>(hashes).forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** @return the manifest, or empty when the text is not one ccfw wrote */
	static Optional<Manifest> parse(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (!text.startsWith(HEADER + "\n")) {
			return Optional.empty();
		}
		Map<String, String> hashes = new TreeMap<>();
		for (String line : text.substring(HEADER.length() + 1).split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-f]{64}") || !line.startsWith("  ", 64)) {
				return Optional.empty();
			}
			hashes.put(line.substring(66), line.substring(0, 64));
		}
		return Optional.of(new Manifest(hashes));
	}
}
