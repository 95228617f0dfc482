/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import ccf.workbench.configs.xml.ConfigSyntaxException;
import ccf.workbench.configs.xml.SourceText;

/**
 * An oracle independent of the rewriter: walks two versions of a file side by side and asserts that they differ only
 * in host names that follow {@code ://} or {@code @}, each replaced as a mapping says. Both versions must decode
 * strictly and re-encode to their exact bytes, so equal characters mean equal bytes.
 */
final class HostOnlyDifference {

	private HostOnlyDifference() {
	}

	/** @return the replaced hosts, as {@code before -> after} */
	static List<String> check(String name, byte[] before, byte[] after, HostMapping mapping)
			throws ConfigSyntaxException {
		SourceText a = SourceText.decode(name, before);
		SourceText b = SourceText.decode(name, after);
		assertThat(b.charset()).as(name + ": encoding").isEqualTo(a.charset());
		assertThat(b.bomLength()).as(name + ": byte order mark").isEqualTo(a.bomLength());
		assertThat(reencode(a)).as(name + ": bytes are the unique encoding of the text").isEqualTo(before);
		assertThat(reencode(b)).as(name + ": bytes are the unique encoding of the text").isEqualTo(after);
		String x = a.text();
		String y = b.text();
		List<String> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < x.length() && j < y.length()) {
			if (x.charAt(i) == y.charAt(j)) {
				i++;
				j++;
				continue;
			}
			int si = i;
			int sj = j;
			while (si > 0 && isHostChar(x.charAt(si - 1))) {
				si--;
				sj--;
			}
			assertThat(x.startsWith("://", si - 3) || x.charAt(si - 1) == '@')
					.as(name + ": change at line " + a.line(i) + " is not in the host of a URL").isTrue();
			int ei = si;
			while (ei < x.length() && isHostChar(x.charAt(ei))) {
				ei++;
			}
			int ej = sj;
			while (ej < y.length() && isHostChar(y.charAt(ej))) {
				ej++;
			}
			String from = x.substring(si, ei);
			String to = y.substring(sj, ej);
			assertThat(mapping.replacementFor(from)).as(name + ": line " + a.line(si) + " replaces " + from)
					.contains(to);
			changes.add(from + " -> " + to);
			i = ei;
			j = ej;
		}
		assertThat(x.substring(i)).as(name + ": tail").isEqualTo(y.substring(j));
		return changes;
	}

	private static boolean isHostChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '.';
	}

	private static byte[] reencode(SourceText source) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(source.bytes(), 0, source.bomLength());
		out.writeBytes(source.encode(source.text()));
		return out.toByteArray();
	}
}
