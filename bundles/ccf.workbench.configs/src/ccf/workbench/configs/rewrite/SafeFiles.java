/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Writes that never lose a file: the new content goes to a temporary file in the same folder, is flushed to disk and
 * then renamed over the target in one step, so a crash leaves either the old or the new file, never a half-written
 * one; an existing file is first copied to a backup.
 */
public final class SafeFiles {

	/** The suffix of backups, {@code Web.config.bak}; later backups of the same file are {@code .bak.1}, ... */
	public static final String BACKUP_SUFFIX = ".bak";

	private SafeFiles() {
	}

	/**
	 * Replaces a file's content, keeping a backup of the old content.
	 *
	 * @return the backup, or {@code null} when the file did not exist or already had this content (then nothing is
	 *         written, so a second run changes nothing)
	 */
	public static Path replace(Path file, byte[] content) throws IOException {
		Path backup = null;
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			if (Files.isSymbolicLink(file)) {
				throw new IOException(file + " is a symbolic link; rewrite the file it points to instead");
			}
			byte[] old = Files.readAllBytes(file);
			if (Arrays.equals(old, content)) {
				return null;
			}
			backup = backup(file, old);
		}
		writeAtomically(file, content);
		return backup;
	}

	/** Copies {@code old} to a new backup next to {@code file} (an existing backup with the same bytes is reused). */
	private static Path backup(Path file, byte[] old) throws IOException {
		String name = file.getFileName().toString() + BACKUP_SUFFIX;
		for (int i = 0; i < 1000; i++) {
			Path candidate = file.resolveSibling(i == 0 ? name : name + "." + i);
			if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
				if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS) && Files.size(candidate) == old.length
						&& Arrays.equals(Files.readAllBytes(candidate), old)) {
					return candidate;
				}
				continue;
			}
			try {
				keepAs(file, candidate);
				return candidate;
			} catch (FileAlreadyExistsException e) {
				// Someone else took the name meanwhile: try the next one.
			}
		}
		throw new IOException("cannot find a free backup name for " + file + "; remove old " + name + ".* files");
	}

	/**
	 * Makes {@code backup} a second name of the file as it is now (a hard link: no copy, and the atomic replace that
	 * follows gives {@code file} a new inode, so the backup keeps the old bytes); a copy where links are unsupported.
	 * Neither ever overwrites an existing file.
	 */
	private static void keepAs(Path file, Path backup) throws IOException {
		try {
			Files.createLink(backup, file);
		} catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
			if (e instanceof FileAlreadyExistsException exists) {
				throw exists;
			}
			Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	/** Writes {@code content} to {@code file} (created or replaced) in one atomic step. */
	public static void writeAtomically(Path file, byte[] content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			copyPermissions(file, temporary);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void copyPermissions(Path from, Path to) {
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
			if (view != null && Files.exists(from)) {
				Files.setPosixFilePermissions(to, view.readAttributes().permissions());
			} else if (view != null) {
				Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
			}
		} catch (IOException e) {
			// Permissions are a courtesy; the content is what matters.
		}
	}
}
