/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ccf.workbench.remediation.escape.XmlText;
import ccf.workbench.remediation.plan.EndpointRewrite;

/**
 * The texts an in-place edit replaces: each old URL as written in the file and its new URL written the same way. A
 * URL sits in an attribute or in element text, where {@code &} (and sometimes quotes and angle brackets) are escaped,
 * so besides the URL itself its escaped forms are looked for. Longest first, so that a URL that is a prefix of
 * another never takes the other's match.
 */
final class UrlForms {

	record Replacement(String oldText, String newText) {
	}

	private UrlForms() {
	}

	static List<Replacement> of(List<EndpointRewrite> rewrites) {
		Map<String, String> forms = new LinkedHashMap<>();
		for (EndpointRewrite rewrite : rewrites) {
			forms.putIfAbsent(rewrite.oldUrl(), rewrite.newUrl());
			forms.putIfAbsent(XmlText.attribute(rewrite.oldUrl(), "endpoint URL"), XmlText.attribute(rewrite.newUrl(), "endpoint URL"));
			forms.putIfAbsent(rewrite.oldUrl().replace("&", "&amp;"), rewrite.newUrl().replace("&", "&amp;"));
		}
		List<Replacement> list = new ArrayList<>();
		forms.forEach((oldText, newText) -> list.add(new Replacement(oldText, newText)));
		list.sort(Comparator.comparingInt((Replacement r) -> -r.oldText().length()));
		return list;
	}

	/** The URLs themselves, each once: what must be found (or already be rewritten) for the edit to succeed. */
	static List<Replacement> urls(List<EndpointRewrite> rewrites) {
		Map<String, String> urls = new LinkedHashMap<>();
		rewrites.forEach(r -> urls.putIfAbsent(r.oldUrl(), r.newUrl()));
		List<Replacement> list = new ArrayList<>();
		urls.forEach((o, n) -> list.add(new Replacement(o, n)));
		return list;
	}
}
