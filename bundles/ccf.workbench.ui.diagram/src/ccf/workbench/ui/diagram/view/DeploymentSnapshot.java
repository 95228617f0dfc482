/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.util.Optional;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.ui.diagram.topology.TextRegion;
import ccf.workbench.ui.editor.CcfDocumentModel;

/**
 * Reads the deployment of a .ccf document, parsed as the editor parses it, into a view's own immutable data: the
 * parsed model changes with the next keystroke, so nothing of it may leave the reader.
 */
public final class DeploymentSnapshot {

	private DeploymentSnapshot() {
	}

	/** @return what {@code reader} made of the deployment, or empty when the text holds none */
	public static <T> Optional<T> read(IDocument document, BiFunction<Deployment, RegionLocator, T> reader) {
		return CcfDocumentModel.of(document).read((resource, text) -> {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
				return Optional.<T>empty();
			}
			return Optional.ofNullable(reader.apply(deployment, DeploymentSnapshot::region));
		});
	}

	/** Where an element of the parsed model is written. */
	public interface RegionLocator extends java.util.function.Function<EObject, TextRegion> {
	}

	static TextRegion region(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? TextRegion.NONE : new TextRegion(node.getOffset(), node.getLength());
	}
}
