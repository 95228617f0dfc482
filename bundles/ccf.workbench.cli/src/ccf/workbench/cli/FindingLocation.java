/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

import ccf.workbench.model.validation.Finding;

/**
 * A finding of the model's rules printed in {@code validate}'s format, {@code path:line:column: severity: message
 * [code]}, at the element's name in the .ccf text (where validate puts it), or at the element when it has no name.
 */
final class FindingLocation {

	private FindingLocation() {
	}

	static String format(String path, Finding finding) {
		LineAndColumn position = position(finding.target());
		String message = finding.message().replace('\n', ' ').replace('\r', ' ');
		return path + ":" + position.getLine() + ":" + position.getColumn() + ": " + finding.severity().label() + ": " + message
				+ " [" + finding.code() + "]";
	}

	private static LineAndColumn position(EObject target) {
		INode node = NodeModelUtils.getNode(target);
		if (node == null) {
			return LineAndColumn.from(1, 1);
		}
		EStructuralFeature name = target.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> nameNodes = NodeModelUtils.findNodesForFeature(target, name);
			if (!nameNodes.isEmpty()) {
				node = nameNodes.get(0);
			}
		}
		return NodeModelUtils.getLineAndColumn(node, node.getOffset());
	}
}
