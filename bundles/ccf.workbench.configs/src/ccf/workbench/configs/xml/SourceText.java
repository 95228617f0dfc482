/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The bytes of a configuration file and their characters, decoded the way .NET reads them (byte order mark first,
 * then the XML declaration's {@code encoding}, else UTF-8). It maps character offsets back to byte offsets, so that
 * a rewrite can replace the bytes of a host name and copy every other byte unchanged.
 */
public final class SourceText {

	/** Files larger than this are refused: the biggest real applicationHost.config files are a few megabytes. */
	public static final int MAX_BYTES = 64 * 1024 * 1024;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final String name;
	private final byte[] bytes;
	private final Charset charset;
	private final int bomLength;
	private final String text;
	private final ByteCounter counter;
	private int[] lineStarts;
	private int cursorChar;
	private int cursorByte;

	private SourceText(String name, byte[] bytes, Charset charset, int bomLength, String text) {
		this.name = name;
		this.bytes = bytes;
		this.charset = charset;
		this.bomLength = bomLength;
		this.text = text;
		this.counter = ByteCounter.of(charset);
		this.cursorByte = bomLength;
	}

	/**
	 * Decodes a file's bytes.
	 *
	 * @param name  the file's name as shown in messages
	 * @param bytes the whole file
	 * @throws ConfigSyntaxException when the encoding is unknown, the bytes are not valid in it, or the file is too big
	 */
	public static SourceText decode(String name, byte[] bytes) throws ConfigSyntaxException {
		if (bytes.length > MAX_BYTES) {
			throw new ConfigSyntaxException(name, 1, 1, "the file has " + bytes.length + " bytes, more than the "
					+ MAX_BYTES / (1024 * 1024) + " MB a configuration file can have; check that it is the right file");
		}
		int bom = 0;
		Charset charset;
		if (startsWith(bytes, UTF8_BOM)) {
			bom = 3;
			charset = StandardCharsets.UTF_8;
		} else if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0)) {
			bom = 4;
			charset = Charset.forName("UTF-32LE");
		} else if (startsWith(bytes, (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF)) {
			bom = 4;
			charset = Charset.forName("UTF-32BE");
		} else if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) {
			bom = 2;
			charset = StandardCharsets.UTF_16LE;
		} else if (startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) {
			bom = 2;
			charset = StandardCharsets.UTF_16BE;
		} else if (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)) {
			throw new ConfigSyntaxException(name, 1, 1, "the file looks like UTF-16 without a byte order mark, which "
					+ ".NET refuses too; save it as UTF-8, or as UTF-16 with a byte order mark");
		} else {
			charset = declaredCharset(name, bytes);
		}
		return new SourceText(name, bytes, charset, bom, decodeStrictly(name, bytes, bom, charset));
	}

	private static boolean startsWith(byte[] bytes, byte... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The encoding named by {@code <?xml ... encoding="..."?>} in an ASCII-compatible file, else UTF-8. */
	private static Charset declaredCharset(String name, byte[] bytes) throws ConfigSyntaxException {
		if (!startsWith(bytes, "<?xml".getBytes(StandardCharsets.US_ASCII))) {
			return StandardCharsets.UTF_8;
		}
		int end = 5;
		while (end < bytes.length && end < 1024 && bytes[end] != '>') {
			end++;
		}
		String declaration = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
		int at = declaration.indexOf("encoding");
		if (at < 0) {
			return StandardCharsets.UTF_8;
		}
		int i = at + "encoding".length();
		while (i < declaration.length() && " \t\r\n=".indexOf(declaration.charAt(i)) >= 0) {
			i++;
		}
		if (i >= declaration.length() || (declaration.charAt(i) != '"' && declaration.charAt(i) != '\'')) {
			return StandardCharsets.UTF_8;
		}
		int close = declaration.indexOf(declaration.charAt(i), i + 1);
		if (close < 0) {
			return StandardCharsets.UTF_8;
		}
		String encoding = declaration.substring(i + 1, close).trim();
		String lower = encoding.toLowerCase(Locale.ROOT);
		if (lower.startsWith("utf-16") || lower.startsWith("utf-32") || lower.equals("unicode")) {
			throw new ConfigSyntaxException(name, 1, i + 2, "the XML declaration says encoding \"" + encoding
					+ "\", but the file has no byte order mark and its bytes are not " + encoding
					+ "; .NET refuses such a file. Change the declaration to utf-8 if that is what the file holds");
		}
		try {
			Charset charset = Charset.forName(encoding);
			if (!charset.canEncode()) {
				throw new UnsupportedCharsetException(encoding);
			}
			return charset;
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new ConfigSyntaxException(name, 1, i + 2, "the XML declaration names the encoding \"" + encoding
					+ "\", which is unknown here; save the file as UTF-8");
		}
	}

	private static String decodeStrictly(String name, byte[] bytes, int offset, Charset charset)
			throws ConfigSyntaxException {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
				(long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			String decoded = new String(out.array(), 0, out.position());
			int[] position = lineAndColumn(decoded, decoded.length());
			throw new ConfigSyntaxException(name, position[0], position[1], "byte " + in.position() + " (0x"
					+ Integer.toHexString(bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF).toUpperCase(Locale.ROOT)
					+ ") is not valid " + charset.name() + "; the file is damaged or saved in another encoding than "
					+ "it declares");
		}
		return new String(out.array(), 0, out.position());
	}

	/** @return the file's name as given to {@link #decode} */
	public String name() {
		return name;
	}

	/** @return the characters of the file, without the byte order mark */
	public String text() {
		return text;
	}

	/** @return the file exactly as read (do not modify) */
	public byte[] bytes() {
		return bytes;
	}

	public Charset charset() {
		return charset;
	}

	/** @return the length of the byte order mark, 0 when there is none */
	public int bomLength() {
		return bomLength;
	}

	/** @return the line break the file uses first ({@code \r\n}, {@code \n} or {@code \r}); {@code \r\n} for none */
	public String lineBreak() {
		int lf = text.indexOf('\n');
		int cr = text.indexOf('\r');
		if (cr >= 0 && (lf < 0 || cr < lf)) {
			return cr + 1 == lf ? "\r\n" : "\r";
		}
		return lf >= 0 ? "\n" : "\r\n";
	}

	/** @return the offset in {@link #bytes()} of the character at {@code charOffset} */
	public int byteOffset(int charOffset) {
		if (charOffset < cursorChar) {
			cursorChar = 0;
			cursorByte = bomLength;
		}
		cursorByte += counter.count(text, cursorChar, charOffset);
		cursorChar = charOffset;
		return cursorByte;
	}

	/** @return the bytes of {@code replacement} in this file's encoding */
	public byte[] encode(String replacement) {
		CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			ByteBuffer buffer = encoder.encode(CharBuffer.wrap(replacement));
			return Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException("'" + replacement + "' cannot be written in " + charset.name(), e);
		}
	}

	/** @return the 1-based line of the character at {@code offset} */
	public int line(int offset) {
		int index = Arrays.binarySearch(lineStarts(), offset);
		return index >= 0 ? index + 1 : -index - 1;
	}

	/** @return the 1-based column, counted in characters, of the character at {@code offset} */
	public int column(int offset) {
		return offset - lineStarts()[line(offset) - 1] + 1;
	}

	/** @return the offset of the first character of the 1-based {@code line} */
	public int lineStart(int line) {
		return lineStarts()[line - 1];
	}

	/** @return the offset after the last character of the 1-based {@code line}, before its line break */
	public int lineEnd(int line) {
		int[] starts = lineStarts();
		if (line >= starts.length) {
			return text.length();
		}
		int end = starts[line];
		if (end > 0 && text.charAt(end - 1) == '\n') {
			end--;
		}
		if (end > 0 && text.charAt(end - 1) == '\r') {
			end--;
		}
		return end;
	}

	/** @return the number of lines; a file that ends with a line break has an empty last line */
	public int lineCount() {
		return lineStarts().length;
	}

	private int[] lineStarts() {
		if (lineStarts == null) {
			int[] starts = new int[16];
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
					if (count == starts.length) {
						starts = Arrays.copyOf(starts, count * 2);
					}
					starts[count++] = i + 1;
				}
			}
			lineStarts = Arrays.copyOf(starts, count);
		}
		return lineStarts;
	}

	static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, offset - lineStart + 1 };
	}

	/** Counts the bytes that a run of characters takes in the file's encoding. */
	private interface ByteCounter {

		int count(String text, int from, int to);

		static ByteCounter of(Charset charset) {
			String name = charset.name();
			if (name.equals("UTF-8")) {
				return SourceText::utf8Bytes;
			}
			if (name.startsWith("UTF-16")) {
				return (text, from, to) -> 2 * (to - from);
			}
			if (name.startsWith("UTF-32")) {
				return (text, from, to) -> 4 * text.codePointCount(from, to);
			}
			if (charset.newEncoder().maxBytesPerChar() == 1.0f) {
				return (text, from, to) -> to - from;
			}
			return (text, from, to) -> text.substring(from, to).getBytes(charset).length;
		}
	}

	private static int utf8Bytes(String text, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				count++;
			} else if (c < 0x800) {
				count += 2;
			} else if (Character.isSurrogate(c)) {
				count += 2; // a pair takes four bytes
			} else {
				count += 3;
			}
		}
		return count;
	}
}
