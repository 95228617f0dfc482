/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The switch of an output folder from one set of files to the next, in one step that a crash cannot split.
 * <p>
 * The new files are first staged in {@code .ccfw-switch/staged/} inside the folder (same file system, so a rename
 * moves them). Then {@code .ccfw-switch/JOURNAL} is written, flushed and renamed into place: that rename is the
 * commit point. The journal lists, in order, each staged file to move over its target, each file of the old set to
 * delete (with the hash it must still have), and the manifest last. Applying the journal is idempotent (a staged file
 * that is gone was moved already), so the run that is killed while applying it, or any later run, or
 * {@link #recover(Path)}, completes it. Staged files without a journal are an unfinished write: they are deleted and
 * the folder keeps its old set, untouched.
 */
final class SwitchJournal {

	/** The folder ccfw keeps inside an output folder while switching; never an artifact path. */
	static final String FOLDER = ".ccfw-switch";
	private static final String STAGED = "staged";
	private static final String JOURNAL = "JOURNAL";
	private static final String HEADER = "# ccfw generate: the switch of this folder to a new set of files";

	/** One step of the switch. */
	record Entry(boolean put, String path, String hash) {

		String line() {
			return put ? "put " + path : "delete " + hash + " " + path;
		}

		static Entry parse(String line) throws IOException {
			if (line.startsWith("put ")) {
				return new Entry(true, line.substring(4), null);
			}
			if (line.startsWith("delete ") && line.length() > 72 && line.charAt(71) == ' ') {
				return new Entry(false, line.substring(72), line.substring(7, 71));
			}
			throw new IOException("damaged switch journal line: " + line);
		}
	}

	private final Path folder;
	private final Path switchFolder;

	SwitchJournal(Path folder) {
		this.folder = folder;
		this.switchFolder = folder.resolve(FOLDER);
	}

	/** The staged copy of an artifact path. */
	Path staged(String path) {
		return switchFolder.resolve(STAGED).resolve(path);
	}

	/**
	 * Completes a switch whose journal was committed, or drops a staging that was not.
	 *
	 * @return whether there was an interrupted switch: completed when {@code true} is returned with a journal, rolled
	 *         back otherwise
	 */
	static boolean recover(Path folder) throws IOException {
		return new SwitchJournal(folder).recover();
	}

	boolean recover() throws IOException {
		if (!Files.exists(switchFolder, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		if (!Files.isDirectory(switchFolder, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(switchFolder + " is not the folder ccfw switches files through; move it away");
		}
		Path journal = switchFolder.resolve(JOURNAL);
		if (Files.isRegularFile(journal)) {
			apply(read(journal));
		}
		deleteTree(switchFolder);
		return true;
	}

	/** Writes, flushes and renames the journal into place: from here on the new set is what the folder holds. */
	void commit(List<Entry> entries) throws IOException {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		entries.forEach(entry -> text.append(entry.line()).append('\n'));
		text.append("end\n");
		Path temporary = switchFolder.resolve(JOURNAL + ".tmp");
		writeDurably(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
		forceFolder(switchFolder.resolve(STAGED));
		moveAtomically(temporary, switchFolder.resolve(JOURNAL));
		forceFolder(switchFolder);
	}

	/** Applies a committed journal, then forgets it. */
	void finish(List<Entry> entries) throws IOException {
		apply(entries);
		deleteTree(switchFolder);
	}

	private void apply(List<Entry> entries) throws IOException {
		List<Path> touched = new ArrayList<>();
		for (Entry entry : entries) {
			Path target = folder.resolve(entry.path());
			if (entry.put()) {
				Path staged = staged(entry.path());
				if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectories(target.getParent());
					moveAtomically(staged, target);
					touched.add(target.getParent());
				}
			} else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
					&& Manifest.sha256(Files.readAllBytes(target)).equals(entry.hash())) {
				Files.delete(target);
				touched.add(target.getParent());
			}
		}
		for (Path parent : touched.stream().distinct().toList()) {
			forceFolder(parent);
		}
	}

	private static List<Entry> read(Path journal) throws IOException {
		List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals("end")) {
			throw new IOException(journal + " is not a complete ccfw switch journal; move the folder " + FOLDER + " away");
		}
		List<Entry> entries = new ArrayList<>();
		for (String line : lines.subList(1, lines.size() - 1)) {
			entries.add(Entry.parse(line));
		}
		return entries;
	}

	/** Writes a file and flushes it to the device, so that a committed journal never names a half-written file. */
	static void writeDurably(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Flushes a folder's entries (renames into it), where the platform allows opening a folder. */
	private static void forceFolder(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Windows cannot open a folder as a channel; NTFS journals its renames itself.
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		// The journal goes first: staged files left without it are a rolled-back write, never a commit.
		Files.deleteIfExists(root.resolve(JOURNAL));
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.deleteIfExists(path);
				} catch (NoSuchFileException | DirectoryNotEmptyException e) {
					// Gone meanwhile, or refilled: the next run deletes what is left.
				}
			}
		}
	}
}
