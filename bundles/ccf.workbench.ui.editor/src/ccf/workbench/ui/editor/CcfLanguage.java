/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Injector;

import ccf.workbench.dsl.ide.CcfIdeSetup;

/**
 * The .ccf language's services for the editor: the injector of the Xtext {@code ide} module, created once, on first
 * use, outside the UI thread's critical path.
 */
public final class CcfLanguage {

	private static volatile Injector injector;

	private CcfLanguage() {
	}

	/** @return the injector of the language's ide services */
	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (CcfLanguage.class) {
				result = injector;
				if (result == null) {
					result = new CcfIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	/** @return the keywords of the grammar that are words (not punctuation), sorted */
	public static List<String> keywords() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(injector().getInstance(IGrammarAccess.class).getGrammar())) {
			if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
				words.add(keyword);
			}
		}
		return List.copyOf(words);
	}
}
