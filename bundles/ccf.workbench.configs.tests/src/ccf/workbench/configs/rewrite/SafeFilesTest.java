/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

	@TempDir
	Path temp;

	@Test
	void replacingKeepsTheOldContentAsBackup() throws IOException {
		Path file = Files.writeString(temp.resolve("Web.config"), "old");

		Path backup = SafeFiles.replace(file, "new".getBytes());

		assertThat(file).hasContent("new");
		assertThat(backup).isEqualTo(temp.resolve("Web.config.bak")).hasContent("old");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void theSameContentWritesNothing() throws IOException {
		Path file = Files.writeString(temp.resolve("Web.config"), "same");

		assertThat(SafeFiles.replace(file, "same".getBytes())).isNull();
		assertThat(temp.resolve("Web.config.bak")).doesNotExist();
	}

	@Test
	void anOlderBackupIsNeverOverwritten() throws IOException {
		Path file = Files.writeString(temp.resolve("Web.config"), "first");
		SafeFiles.replace(file, "second".getBytes());

		Path backup = SafeFiles.replace(file, "third".getBytes());

		assertThat(temp.resolve("Web.config.bak")).hasContent("first");
		assertThat(backup).isEqualTo(temp.resolve("Web.config.bak.1")).hasContent("second");
		assertThat(file).hasContent("third");
	}

	@Test
	void aBackupWithTheSameBytesIsReused() throws IOException {
		Path file = Files.writeString(temp.resolve("Web.config"), "first");
		Files.writeString(temp.resolve("Web.config.bak"), "first");

		assertThat(SafeFiles.replace(file, "second".getBytes())).isEqualTo(temp.resolve("Web.config.bak"));
		assertThat(temp.resolve("Web.config.bak.1")).doesNotExist();
	}

	@Test
	void aNewFileNeedsNoBackup() throws IOException {
		Path file = temp.resolve("out/sub/Web.config");

		assertThat(SafeFiles.replace(file, "new".getBytes())).isNull();
		assertThat(file).hasContent("new");
	}

	@Test
	void permissionsAreKept() throws IOException {
		Path file = Files.writeString(temp.resolve("Web.config"), "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

		SafeFiles.replace(file, "new".getBytes());

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aSymbolicLinkIsNotReplaced() throws IOException {
		Path target = Files.writeString(temp.resolve("real.config"), "old");
		Path link = Files.createSymbolicLink(temp.resolve("link.config"), target);

		assertThatThrownBy(() -> SafeFiles.replace(link, "new".getBytes())).hasMessageContaining("symbolic link");
		assertThat(target).hasContent("old");
	}

	private Stream<Path> leftovers() throws IOException {
		return Files.list(temp).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
	}
}
