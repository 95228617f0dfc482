/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;

import ccf.workbench.model.deployment.NamedElement;

/**
 * Go to definition (Ctrl+click, F3 through the hyperlink): from a reference (a pool, an account, a server, an alias
 * target) to the element it names, in this file or in another file of the deployment.
 */
public class CcfHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IHyperlink link = CcfDocumentModel.of(viewer.getDocument()).read((resource, text) -> {
			INode node = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), region.getOffset());
			EObject target = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, region.getOffset());
			if (node == null || target == null || target.eIsProxy() || target.eResource() == null) {
				return null;
			}
			ITextRegion location = CcfLanguage.injector().getInstance(ILocationInFileProvider.class)
					.getSignificantTextRegion(target);
			String name = target instanceof NamedElement named ? named.getName() : target.eClass().getName();
			return new Link(new Region(node.getOffset(), node.getLength()), target.eResource().getURI(),
					location == null ? 0 : location.getOffset(), location == null ? 0 : location.getLength(),
					target.eResource() == resource ? viewer : null, name);
		});
		return link == null ? null : new IHyperlink[] { link };
	}

	/** Selects the target's name, in this editor or in the editor of its file. */
	record Link(IRegion getHyperlinkRegion, URI uri, int offset, int length, ITextViewer sameViewer, String name)
			implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Go to " + name;
		}

		@Override
		public void open() {
			if (sameViewer != null) {
				sameViewer.setSelectedRange(offset, length);
				sameViewer.revealRange(offset, length);
				return;
			}
			if (!uri.isPlatformResource()) {
				return; // the catalogue and other built-in resources have no file to open
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			try {
				IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
						file, true);
				if (editor instanceof ITextEditor text) {
					text.selectAndReveal(offset, length);
				}
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(CcfHyperlinkDetector.class).log(e.getStatus());
			}
		}
	}
}
