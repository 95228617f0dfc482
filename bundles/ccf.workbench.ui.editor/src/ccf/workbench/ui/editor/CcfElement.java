/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * An element of the deployment of an open {@code .ccf} document, by its place in the model (the URI fragment path from
 * the deployment, "" for the deployment itself). Views that show copies of the model (the Deployment Explorer, the
 * diagrams) select elements with it, so that each finds the element in its own copy; it adapts to what other bundles
 * register for it (the Properties view's property source).
 */
public record CcfElement(IDocument document, String path) implements IAdaptable {

	/** @return the place of {@code element} in the model it belongs to, whichever copy that is */
	public static String pathOf(EObject element) {
		EObject root = EcoreUtil.getRootContainer(element);
		return element == root ? "" : EcoreUtil.getRelativeURIFragmentPath(root, element);
	}

	/** @return the element at {@code path} in the model whose root is {@code root}, or null */
	public static EObject find(EObject root, String path) {
		if (root == null || path == null) {
			return null;
		}
		try {
			return path.isEmpty() ? root : EcoreUtil.getEObject(root, path);
		} catch (RuntimeException e) { // a path of an older text that no longer fits
			return null;
		}
	}

	/** @return the innermost element of {@code document}'s model written around {@code offset}, or null */
	public static CcfElement at(IDocument document, int offset, int length) {
		return CcfDocumentModel.of(document).read((resource, text) -> {
			if (resource.getContents().isEmpty()) {
				return null;
			}
			EObject root = resource.getContents().get(0);
			EObject best = null;
			int bestLength = Integer.MAX_VALUE;
			for (EObject each : (Iterable<EObject>) () -> EcoreUtil.getAllContents(java.util.List.of(root))) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(each);
				if (node != null && node.getOffset() <= offset && offset + length <= node.getEndOffset()
						&& node.getLength() < bestLength) {
					best = each;
					bestLength = node.getLength();
				}
			}
			return best == null ? null : new CcfElement(document, pathOf(best));
		});
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return Platform.getAdapterManager().getAdapter(this, adapter);
	}
}
