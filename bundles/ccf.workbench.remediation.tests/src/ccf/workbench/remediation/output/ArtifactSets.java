/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ccf.workbench.remediation.Artifact;

/**
 * Two sets of generated files that a folder switches between: many files in several folders (a fifth of them the same
 * in both sets), and a file only each set has. Run as a program it writes one set into a folder, for the tests that
 * kill it.
 */
public final class ArtifactSets {

	static final int FILES = 240;
	private static final int SIZE = 8 * 1024;

	private ArtifactSets() {
	}

	/** {@code java ... ArtifactSets FOLDER A|B}: writes the set into the folder, then prints "done". */
	public static void main(String[] args) throws Exception {
		new OutputFolder(java.nio.file.Path.of(args[0])).write(of(args[1]));
		System.out.println("done");
	}

	static List<Artifact> of(String set) {
		List<Artifact> artifacts = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			String version = i % 5 == 0 ? "both" : set;
			artifacts.add(new Artifact("group" + i % 6 + "/file" + i + ".ps1", content(version + " file " + i)));
		}
		artifacts.add(new Artifact("only-" + set + "/readme.md", content("only in set " + set)));
		return artifacts;
	}

	/** Every file the folder holds with the set in it, the manifest included. */
	static Map<String, byte[]> expected(String set) {
		Map<String, byte[]> files = new TreeMap<>();
		Map<String, String> hashes = new TreeMap<>();
		for (Artifact artifact : of(set)) {
			files.put(artifact.path(), artifact.content());
			hashes.put(artifact.path(), Manifest.sha256(artifact.content()));
		}
		files.put(Manifest.FILE, new Manifest(hashes).bytes());
		return files;
	}

	private static byte[] content(String line) {
		StringBuilder text = new StringBuilder(SIZE + line.length() + 1);
		while (text.length() < SIZE) {
			text.append(line).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}
