/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import static ccf.workbench.cli.CcfwRun.ccfw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken configuration files given to {@code ccfw rewrite}, {@code ccfw plan --output} and {@code ccfw
 * import}: each is a clear error with line and column, ends well within a generous time bound (memory is bounded by the
 * parser's limits: no DTD, 1,000 levels, 64 MB read only after a size check), and leaves every file as it was: no
 * change, no backup, no output. Every file names the real server before the damage, so a reader that went on would
 * rewrite something.
 */
class HostileConfigFilesTest {

	private static final Duration BOUND = Duration.ofSeconds(60);
	private static final String SECRET = "TOP-SECRET-969803";
	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
	private static final String GOOD = "<configuration>\n  <appSettings>\n    <add key=\"Url\" value=\"http://CCFIIS/"
			+ "Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc\"/>\n  </appSettings>\n</configuration>\n";

	/** A hostile file: its bytes (written by a function of the test's folder) and what its error must say. */
	private record Hostile(String name, Function<Path, byte[]> bytes, long sparseSize, String position, String says) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> hostileFiles() {
		return Stream.of(
				new Hostile("external entity to a local file", dir -> ascii(HEAD + "<!DOCTYPE configuration [\n  <!ENTITY xxe SYSTEM \"file://"
						+ dir.resolve("secret.txt") + "\">\n]>\n" + GOOD.replace("value=\"http", "value=\"&xxe;http")), 0, ":2:1:",
						"document type"),
				new Hostile("billion laughs", dir -> ascii(HEAD + "<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
						+ " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
						+ " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
						+ " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n"
						+ GOOD.replace("<appSettings>", "<appSettings><x>&lol9;</x>")), 0, ":2:1:", "document type"),
				new Hostile("100,000 nested elements", dir -> ascii(GOOD.replace("</appSettings>", "<a>".repeat(100_000) + "</appSettings>")), 0,
						":4:", "nested more than 1000 levels"),
				new Hostile("8 MB attribute never closed", dir -> ascii(GOOD.substring(0, GOOD.indexOf("</appSettings>")) + "<add value=\"" + "x".repeat(8 << 20)), 0,
						":4:", "is not closed"),
				new Hostile("65 MB file", dir -> ascii(GOOD + "<!--"), 65L << 20, ":1:1:", "more than the 64 MB"),
				new Hostile("invalid UTF-8", dir -> concat(ascii(GOOD.replace("</configuration>", "<x>")), new byte[] { (byte) 0xC3, 0x28 },
						ascii("</x></configuration>")), 0, ":6:1:", "is not valid UTF-8"),
				new Hostile("UTF-16 without byte order mark", dir -> GOOD.getBytes(StandardCharsets.UTF_16LE), 0, ":1:1:",
						"UTF-16 without a byte order mark"),
				new Hostile("truncated file", dir -> ascii(GOOD.substring(0, GOOD.indexOf("</appSettings>") + 6)), 0, ":4:",
						"not closed"))
				.map(Arguments::of);
	}

	@TempDir
	Path dir;

	@BeforeEach
	void secret() throws IOException {
		Files.writeString(dir.resolve("secret.txt"), SECRET);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void rewriteReportsItAndChangesNothing(Hostile hostile) throws IOException {
		Path file = write(hostile, dir.resolve("configs/AgentDesktop.exe.config"));
		byte[] before = Files.readAllBytes(file);

		CcfwRun run = withinBound(() -> ccfw("rewrite", "--server", "CCFIIS", "--alias", "CCFIISAlias",
				dir.resolve("configs").toString()));

		assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
		assertClearError(hostile, run.out());
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(list(dir.resolve("configs"))).containsExactly("AgentDesktop.exe.config");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void planWritesNoOutput(Hostile hostile) throws IOException {
		Path file = dir.resolve("configs/AgentDesktop.exe.config");
		Files.createDirectories(file.getParent());
		Files.writeString(file, GOOD);
		Files.writeString(dir.resolve("configs/Web.config"), GOOD);
		CcfwRun imported = importModel(dir.resolve("configs"), dir.resolve("fabrikam.ccf"));
		assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
		write(hostile, file);
		byte[] before = Files.readAllBytes(file);

		CcfwRun run = withinBound(() -> ccfw("plan", dir.resolve("fabrikam.ccf").toString(), "--output",
				dir.resolve("out").toString()));

		assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
		assertClearError(hostile, run.out());
		assertThat(run.err()).contains("nothing was written");
		assertThat(dir.resolve("out")).doesNotExist();
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(list(dir.resolve("configs"))).containsExactly("AgentDesktop.exe.config", "Web.config");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void importReportsItAndImportsNothingOfIt(Hostile hostile) throws IOException {
		Path file = write(hostile, dir.resolve("configs/AgentDesktop.exe.config"));
		byte[] before = Files.readAllBytes(file);

		CcfwRun run = withinBound(() -> importModel(dir.resolve("configs"), dir.resolve("model/fabrikam.ccf")));

		assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
		assertClearError(hostile, run.out());
		assertThat(run.out()).contains("The file was not imported");
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(list(dir.resolve("configs"))).containsExactly("AgentDesktop.exe.config");
		assertThat(Files.readString(dir.resolve("model/fabrikam.ccf"))).doesNotContain("AgentDesktop", "http://", SECRET);
	}

	/** Runs ccfw and checks it ended within the bound (generous: a broken file is refused in milliseconds). */
	private static CcfwRun withinBound(Supplier<CcfwRun> ccfw) {
		long start = System.nanoTime();
		CcfwRun run = ccfw.get();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
		return run;
	}

	private static void assertClearError(Hostile hostile, String out) {
		assertThat(out).contains("AgentDesktop.exe.config" + hostile.position()).contains(hostile.says()).doesNotContain(SECRET);
	}

	private CcfwRun importModel(Path configs, Path model) {
		return ccfw("import", "--server", "CCFIIS", "--fqdn", "ccfiis.fabrikam.com", "--alias", "CCFIISAlias", "--domain", "FABRIKAM",
				"--dns-domain", "fabrikam.com", "--account", "FABRIKAM\\ASPUSER", configs.toString(), "-o", model.toString());
	}

	private Path write(Hostile hostile, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, hostile.bytes().apply(dir));
		if (hostile.sparseSize() > 0) {
			try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
				sparse.setLength(hostile.sparseSize());
			}
		}
		return file;
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}
}
