/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ccf.workbench.configs.read.ConfigReader;

/**
 * What {@code ccfw rewrite FOLDER} does to each file, as a program of its own for the test that kills it: every
 * {@code *.config} of the folder read, its URLs moved to the alias, and replaced in place with a backup.
 */
public final class InPlaceRewrite {

	static final HostMapping MAPPING = new HostMapping().map("CCFIIS", "CCFIISAlias")
			.map("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com");

	private InPlaceRewrite() {
	}

	/** {@code java ... InPlaceRewrite FOLDER}: rewrites the folder's files, then prints "done". */
	public static void main(String[] args) throws Exception {
		for (Path file : configFiles(Path.of(args[0]))) {
			for (FileRewrite rewrite : EndpointRewriter.rewrite(ConfigReader.read(file, file.toString()), MAPPING)) {
				if (rewrite.changesFile()) {
					SafeFiles.replace(rewrite.path(), rewrite.result());
				}
			}
		}
		System.out.println("done");
	}

	static List<Path> configFiles(Path folder) throws java.io.IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().endsWith(".config")).sorted().toList();
		}
	}
}
