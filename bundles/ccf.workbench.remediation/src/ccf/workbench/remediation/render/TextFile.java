/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ccf.workbench.remediation.Artifact;

/**
 * How each kind of generated file is encoded, chosen for the program that reads it. Texts are built with {@code \n}.
 * <ul>
 * <li>{@code .ps1}, {@code .sql}: CRLF, UTF-8 with a byte order mark: Windows PowerShell and sqlcmd read a file
 * without one in the ANSI code page, which garbles any non-ASCII name.</li>
 * <li>{@code .cmd}: CRLF, ASCII only: cmd reads batch files in the OEM code page ({@link ccf.workbench.remediation.escape.CmdText}
 * lets no other character through).</li>
 * <li>{@code .reg}: CRLF, UTF-16LE with a byte order mark, "Windows Registry Editor Version 5.00": what regedit
 * itself exports since Windows 2000; the ANSI REGEDIT4 form would read non-ASCII text in the code page of the
 * machine.</li>
 * <li>{@code .xml}, {@code .xdt}: CRLF, UTF-8 without a byte order mark, as the XML declaration says.</li>
 * <li>{@code .sh}, {@code .md}, {@code .html}, {@code .json}, {@code .txt}: LF, UTF-8 without a byte order mark.</li>
 * </ul>
 */
public final class TextFile {

	private TextFile() {
	}

	public static Artifact powerShell(String path, String text) {
		return new Artifact(path, encode(text, "\r\n", StandardCharsets.UTF_8, true));
	}

	public static Artifact sql(String path, String text) {
		return new Artifact(path, encode(text, "\r\n", StandardCharsets.UTF_8, true));
	}

	public static Artifact cmd(String path, String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7e) {
				throw new IllegalStateException("non-ASCII character in " + path + " at " + i);
			}
		}
		return new Artifact(path, encode(text, "\r\n", StandardCharsets.US_ASCII, false));
	}

	public static Artifact reg(String path, String text) {
		return new Artifact(path, encode(text, "\r\n", StandardCharsets.UTF_16LE, true));
	}

	public static Artifact xml(String path, String text) {
		return new Artifact(path, encode(text, "\r\n", StandardCharsets.UTF_8, false));
	}

	public static Artifact unix(String path, String text) {
		return new Artifact(path, encode(text, "\n", StandardCharsets.UTF_8, false));
	}

	private static byte[] encode(String text, String lineEnd, Charset charset, boolean byteOrderMark) {
		if (text.indexOf('\r') >= 0) {
			throw new IllegalStateException("texts are built with \\n only");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
		if (byteOrderMark) {
			bytes.writeBytes("\uFEFF".getBytes(charset));
		}
		bytes.writeBytes(text.replace("\n", lineEnd).getBytes(charset));
		return bytes.toByteArray();
	}
}
