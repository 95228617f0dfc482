/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.model.deployment.Deployment;

/** A deployment built in code (an import, a template) written as formatted {@code .ccf} text. */
public final class CcfText {

	private CcfText() {
	}

	/**
	 * @param resourceSet a resource set of the language, which holds the catalogue the deployment refers to
	 * @param uri         the URI the text will have (references to other files are written relative to it)
	 * @param header      comment lines to put first, each without {@code //}; may be empty
	 */
	public static String of(XtextResourceSet resourceSet, Deployment deployment, URI uri, String... header) {
		Resource resource = resourceSet.createResource(uri);
		resource.getContents().add(deployment);
		String text = ((XtextResource) resource).getSerializer().serialize(deployment,
				SaveOptions.newBuilder().format().getOptions());
		StringBuilder result = new StringBuilder();
		for (String line : header) {
			result.append("// ").append(line).append('\n');
		}
		return result.append(text).append(text.endsWith("\n") ? "" : "\n").toString();
	}
}
