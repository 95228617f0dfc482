/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.EndpointIdentity;

/**
 * Lays a .ccf file out the way the examples are written: one element per line, blocks indented by one tab, single
 * spaces between the words of a line, no space around {@code \}, {@code /} and {@code :}, one blank line kept where
 * the author left one. The configuration file of a service goes on a line of its own, indented.
 */
public class CcfFormatter extends AbstractJavaFormatter {

	// One rule for every element, the fallback of the dispatcher; format(Type, doc) methods may refine it per type.
	@Override
	protected void _format(EObject element, IFormattableDocument doc) {
		for (ISemanticRegion region : textRegionExtensions.semanticRegions(element)) {
			doc.surround(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
		}
		for (ISemanticRegion region : regionFor(element).keywords(",")) {
			doc.prepend(region, IHiddenRegionFormatter::noSpace);
		}
		for (ISemanticRegion region : regionFor(element).keywords("\\", "/", ":")) {
			doc.surround(region, IHiddenRegionFormatter::noSpace);
		}
		for (ISemanticRegion region : regionFor(element).keywords("hosts", "local-intranet")) {
			doc.prepend(region, f -> f.setNewLines(1));
		}
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open != null && close != null) {
			doc.prepend(open, IHiddenRegionFormatter::oneSpace);
			doc.interior(open, close, IHiddenRegionFormatter::indent);
			doc.prepend(close, f -> f.setNewLines(1));
			if (element.eContainer() == null) {
				doc.prepend(regionFor(element).keyword("deployment"), IHiddenRegionFormatter::noSpace);
				doc.append(close, f -> f.setNewLines(1));
			}
		}
		for (EObject child : element.eContents()) {
			if (child instanceof EndpointIdentity) {
				// Part of its endpoint's line.
			} else if (open != null && isAfter(child, open)) {
				doc.prepend(child, f -> f.setNewLines(1, 1, 2));
			} else if (child instanceof ConfigFile) {
				IEObjectRegion region = textRegionExtensions.regionForEObject(child);
				if (region != null) {
					doc.prepend(child, f -> f.setNewLines(1));
					doc.set(region.getPreviousHiddenRegion(), region.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
				}
			}
			doc.format(child);
		}
	}

	private boolean isAfter(EObject child, ISemanticRegion open) {
		IEObjectRegion region = textRegionExtensions.regionForEObject(child);
		return region != null && region.getOffset() >= open.getEndOffset();
	}
}
