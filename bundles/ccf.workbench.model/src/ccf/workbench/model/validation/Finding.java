/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing wrong with a deployment: which rule, where (an element, and the feature and list index of the
 * value at fault when there is one), a message that names the element and says what to do, and the data a quick
 * fix needs (documented per rule in {@link DeploymentRules}).
 *
 * @param index the position in a many-valued feature, or -1
 */
public record Finding(Rule rule, String message, EObject target, EStructuralFeature feature, int index, List<String> fixData) {

	public Finding {
		fixData = List.copyOf(fixData);
	}

	public Severity severity() {
		return rule.severity();
	}

	public String code() {
		return rule.code();
	}

	public boolean blocksGeneration() {
		return rule.blocksGeneration();
	}
}
