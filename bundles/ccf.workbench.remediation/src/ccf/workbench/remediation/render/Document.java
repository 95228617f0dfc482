/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.util.ArrayList;
import java.util.List;

import ccf.workbench.remediation.escape.HtmlText;
import ccf.workbench.remediation.escape.MarkdownText;

/**
 * A small document (headings, paragraphs, lists, tables, code) written once and rendered both as CommonMark and as
 * HTML, so that the two forms of the runbook cannot drift apart. Text in it is plain: each form escapes it.
 */
final class Document {

	/** A run of text: plain, or code (commands, file names, values of the model). */
	record Inline(String text, boolean code) {
	}

	private sealed interface Block {
	}

	private record Heading(int level, List<Inline> text) implements Block {
	}

	private record Paragraph(List<Inline> text) implements Block {
	}

	private record Bullets(List<List<Inline>> items, boolean numbered) implements Block {
	}

	private record Table(List<String> header, List<List<List<Inline>>> rows) implements Block {
	}

	private final String title;
	private final List<Block> blocks = new ArrayList<>();

	Document(String title) {
		this.title = title;
	}

	static Inline text(String text) {
		return new Inline(text, false);
	}

	static Inline code(String text) {
		return new Inline(text, true);
	}

	Document heading(int level, Inline... text) {
		blocks.add(new Heading(level, List.of(text)));
		return this;
	}

	Document paragraph(Inline... text) {
		blocks.add(new Paragraph(List.of(text)));
		return this;
	}

	Document bullets(List<List<Inline>> items) {
		blocks.add(new Bullets(List.copyOf(items), false));
		return this;
	}

	Document numbered(List<List<Inline>> items) {
		blocks.add(new Bullets(List.copyOf(items), true));
		return this;
	}

	Document table(List<String> header, List<List<List<Inline>>> rows) {
		blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
		return this;
	}

	String markdown() {
		StringBuilder md = new StringBuilder(16384).append("# ").append(MarkdownText.text(title)).append("\n");
		for (Block block : blocks) {
			md.append('\n');
			switch (block) {
			case Heading h -> md.append("#".repeat(h.level())).append(' ').append(markdown(h.text())).append('\n');
			case Paragraph p -> md.append(markdown(p.text())).append('\n');
			case Bullets b -> {
				for (int i = 0; i < b.items().size(); i++) {
					md.append(b.numbered() ? (i + 1) + ". " : "- ").append(markdown(b.items().get(i))).append('\n');
				}
			}
			case Table t -> {
				md.append("| ").append(String.join(" | ", t.header().stream().map(MarkdownText::text).toList())).append(" |\n");
				md.append("|").append(" --- |".repeat(t.header().size())).append('\n');
				for (List<List<Inline>> row : t.rows()) {
					md.append("| ").append(String.join(" | ", row.stream().map(Document::markdown).toList())).append(" |\n");
				}
			}
			}
		}
		return md.toString();
	}

	private static String markdown(List<Inline> text) {
		StringBuilder md = new StringBuilder();
		for (Inline inline : text) {
			md.append(inline.code() ? MarkdownText.code(inline.text()).replace("|", "\\|") : MarkdownText.text(inline.text()));
		}
		return md.toString();
	}

	String html() {
		StringBuilder html = new StringBuilder(32768);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(HtmlText.text(title))
				.append("</title>\n<style>\nbody { font-family: Segoe UI, Arial, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.45; }\n")
				.append("code { font-family: Consolas, monospace; background: #f3f3f3; padding: 0 .2em; }\n")
				.append("table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: .3em .6em; text-align: left; vertical-align: top; }\n")
				.append("</style>\n</head>\n<body>\n<h1>").append(HtmlText.text(title)).append("</h1>\n");
		for (Block block : blocks) {
			switch (block) {
			case Heading h -> html.append("<h").append(h.level()).append('>').append(html(h.text())).append("</h").append(h.level()).append(">\n");
			case Paragraph p -> html.append("<p>").append(html(p.text())).append("</p>\n");
			case Bullets b -> {
				String tag = b.numbered() ? "ol" : "ul";
				html.append('<').append(tag).append(">\n");
				b.items().forEach(item -> html.append("<li>").append(html(item)).append("</li>\n"));
				html.append("</").append(tag).append(">\n");
			}
			case Table t -> {
				html.append("<table>\n<tr>");
				t.header().forEach(h -> html.append("<th>").append(HtmlText.text(h)).append("</th>"));
				html.append("</tr>\n");
				for (List<List<Inline>> row : t.rows()) {
					html.append("<tr>");
					row.forEach(cell -> html.append("<td>").append(html(cell)).append("</td>"));
					html.append("</tr>\n");
				}
				html.append("</table>\n");
			}
			}
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static String html(List<Inline> text) {
		StringBuilder html = new StringBuilder();
		for (Inline inline : text) {
			html.append(inline.code() ? "<code>" + HtmlText.text(inline.text()) + "</code>" : HtmlText.text(inline.text()));
		}
		return html.toString();
	}
}
