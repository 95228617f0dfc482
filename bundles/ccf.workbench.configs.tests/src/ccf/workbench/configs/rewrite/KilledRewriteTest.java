/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccfw rewrite}'s in-place rewrite killed (SIGKILL) at random moments in a forked JVM, many times: every file is
 * either as it was, or rewritten with its old bytes in {@code FILE.bak}; nothing else appears but the rewriter's own
 * temporary files; a run after the kills completes the job.
 */
class KilledRewriteTest {

	private static final int FILES = 150;
	private static final int KILLS = 30;

	@TempDir
	Path dir;

	@Test
	void aRewriteKilledAtRandomMomentsLeavesEachFileIntactOrBackedUp() throws Exception {
		Path folder = dir.resolve("configs");
		Files.createDirectories(folder);
		restore(folder);
		long full = rewriteInChild(folder, -1);
		Random random = new Random(969803);
		long started = System.nanoTime();
		int killedMidway = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			restore(folder);
			rewriteInChild(folder, (long) (random.nextDouble() * full));
			int rewritten = check(folder);
			killedMidway += rewritten > 0 && rewritten < FILES ? 1 : 0;
		}
		rewriteInChild(folder, -1);
		assertThat(check(folder)).as("a run after the last kill completes the job").isEqualTo(FILES);
		System.out.printf("KilledRewriteTest: %d files, a whole run %d ms; kills that left some files rewritten and others "
				+ "not: %d; every file intact or backed up (%.1f s)%n", FILES, full, killedMidway, (System.nanoTime() - started) / 1e9);
	}

	/** Puts the original files back, without backups or temporary files: each kill starts from the same folder. */
	private static void restore(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.toList()) {
				Files.delete(file);
			}
		}
		for (int i = 0; i < FILES; i++) {
			Files.writeString(folder.resolve(String.format("site%03d.Web.config", i)), original(i));
		}
	}

	/** @return how many files are rewritten; fails when a file is neither intact nor rewritten with its backup */
	private static int check(Path folder) throws IOException {
		int rewritten = 0;
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".bak")) {
					continue;
				}
				if (name.startsWith(".") && name.endsWith(".tmp")) {
					continue; // SafeFiles' temporary file of a write that was killed: never the user's file
				}
				int i = Integer.parseInt(name.substring(4, 7));
				String content = Files.readString(file);
				Path backup = file.resolveSibling(name + SafeFiles.BACKUP_SUFFIX);
				if (content.equals(original(i))) {
					if (Files.exists(backup)) {
						assertThat(backup).as(name + ": a backup of an intact file holds its bytes").hasContent(original(i));
					}
				} else {
					assertThat(content).as(name + " is intact or rewritten").isEqualTo(rewritten(i));
					assertThat(backup).as(name + ": rewritten, so backed up").exists().hasContent(original(i));
					rewritten++;
				}
			}
		}
		return rewritten;
	}

	private static String original(int i) {
		return "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<configuration>\r\n  <appSettings>\r\n"
				+ "    <add key=\"Url\" value=\"http://CCFIIS/Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc\"/>\r\n"
				+ "    <add key=\"Site\" value=\"" + i + "\"/>\r\n  </appSettings>\r\n  <system.serviceModel><client>\r\n"
				+ "    <endpoint address=\"http://ccfiis.fabrikam.com/Microsoft.Ccf.Csr.WebServices.ContactCenter/ContactCenter.svc\"/>\r\n"
				+ "  </client></system.serviceModel>\r\n" + "  <!-- padding -->\r\n".repeat(200) + "</configuration>\r\n";
	}

	private static String rewritten(int i) {
		return original(i).replace("//CCFIIS/", "//CCFIISAlias/").replace("//ccfiis.fabrikam.com/", "//ccfiisalias.fabrikam.com/");
	}

	private static long rewriteInChild(Path folder, long killAfter) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("ccf.crash.classpath", String.join(File.pathSeparator,
				"../ccf.workbench.configs/target/classes", "../ccf.workbench.model/target/classes", "target/classes"));
		Path log = Files.createTempFile("ccfw-rewrite", ".log");
		long start = System.nanoTime();
		Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath,
				InPlaceRewrite.class.getName(), folder.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (killAfter >= 0 && !child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
			child.destroyForcibly();
		}
		if (!child.waitFor(60, TimeUnit.SECONDS)) {
			child.destroyForcibly();
			throw new IOException("the rewrite did not end");
		}
		long took = (System.nanoTime() - start) / 1_000_000;
		String out = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		Files.delete(log);
		if (killAfter < 0) {
			assertThat(out).as("a run that is not killed (class path %s)", classPath).contains("done");
		}
		return took;
	}
}
