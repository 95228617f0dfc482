/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Collects the findings of one run of the rules. */
final class Findings {

	private final List<Finding> list = new ArrayList<>();

	void add(Rule rule, EObject target, EStructuralFeature feature, String message, String... fixData) {
		add(rule, target, feature, -1, message, fixData);
	}

	void add(Rule rule, EObject target, EStructuralFeature feature, int index, String message, String... fixData) {
		// A name still unresolved in the model is null here: its quick fix gets an empty value, the finding stays.
		list.add(new Finding(rule, message, target, feature, index, Stream.of(fixData).map(d -> d == null ? "" : d).toList()));
	}

	List<Finding> list() {
		return list;
	}
}
