/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.model.deployment.ServiceAccount;

/**
 * Hover: what the element under the mouse is: its kind as the metamodel documents it, and the facts that matter for
 * Kerberos (FQDN, the service's full name, ...). The diagnostics there come from the Generic Editor's own annotation
 * hover, which shows each {@link CcfValidationReconciler.ProblemAnnotation} with its rule code; listing them here too
 * showed every problem twice.
 */
public class CcfTextHover implements ITextHover, ITextHoverExtension {

	private static final int COLUMNS = 100;

	/** Plain text, line breaks kept: the default control reads the text as HTML and runs the lines together. */
	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, (String) null, null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		int start = offset;
		int end = offset;
		while (start > 0 && isWordChar(text.charAt(start - 1))) {
			start--;
		}
		while (end < text.length() && isWordChar(text.charAt(end))) {
			end++;
		}
		return new Region(start, Math.max(0, end - start));
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '\\';
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return CcfDocumentModel.of(viewer.getDocument()).read((resource, text) -> {
			EObject object = new EObjectAtOffsetHelper().resolveElementAt(resource, region.getOffset());
			return object == null ? null : describe(object);
		});
	}

	/** @return a short description of a model element for a hover */
	static String describe(EObject object) {
		EClass type = object.eClass();
		StringBuilder text = new StringBuilder(words(type.getName()));
		if (object instanceof NamedElement named && named.getName() != null) {
			text.append(' ').append(named.getName());
		}
		if (object instanceof CcfService service) {
			text.append(": ").append(service.getFullName()).append(service.isSample() ? " (a sample)" : "");
			if (service.getDescription() != null) {
				text.append("\n").append(service.getDescription());
			}
			text.append("\nIIS location: Default Web Site/").append(service.getDefaultVirtualPath());
		} else if (object instanceof Alias alias) {
			text.append(": ").append(alias.effectiveFqdn()).append(", for ").append(String.join(", ",
					alias.getTargets().stream().map(NamedElement::getName).toList()));
		} else if (object instanceof Host host) {
			text.append(": ").append(host.effectiveFqdn());
		} else if (object instanceof ServiceAccount account) {
			text.append(": ").append(account.qualifiedAccountName());
		}
		String documentation = EcoreUtil.getDocumentation(type);
		if (documentation != null) {
			text.append("\n").append(documentation);
		}
		return wrap(text.toString());
	}

	/** The hover does not wrap plain text: lines of at most {@value #COLUMNS} characters keep it narrow. */
	static String wrap(String text) {
		StringBuilder wrapped = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			int column = 0;
			for (String word : line.split(" ")) {
				if (column > 0 && column + 1 + word.length() > COLUMNS) {
					wrapped.append('\n');
					column = 0;
				} else if (column > 0) {
					wrapped.append(' ');
					column++;
				}
				wrapped.append(word);
				column += word.length();
			}
			wrapped.append('\n');
		}
		return wrapped.substring(0, wrapped.length() - 1);
	}

	/** {@code ServiceAccount} becomes {@code Service account}. */
	private static String words(String camelCase) {
		String spaced = camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
