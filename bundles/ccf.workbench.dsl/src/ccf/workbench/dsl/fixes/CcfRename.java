/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import ccf.workbench.dsl.fixes.QuickFix.Edit;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.NamedElement;

/**
 * Renames an element of a deployment and every reference to it, in every file of the resource set: the edits of each
 * file, so that open editors and files on disk can be changed alike.
 */
public final class CcfRename {

	private static final Pattern ID = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_-]*");

	private CcfRename() {
	}

	/** @return a message saying why {@code name} cannot be the new name, or null when it can */
	public static String checkName(String name) {
		if (name == null || !ID.matcher(name).matches()) {
			return "A name starts with a letter or '_' and holds only letters, digits, '-' and '_'.";
		}
		return null;
	}

	/** @return where {@code element} is referred to: the name's range in each file, by file, in file order */
	public static Map<URI, List<Edit>> references(ResourceSet resourceSet, EObject element) {
		Map<URI, List<Edit>> found = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!(resource instanceof XtextResource)) {
				continue;
			}
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
						references(resource, object, reference, element, null, found);
					}
				}
			}
		}
		return found;
	}

	/**
	 * @return the edits by file: the declaration's name and each reference that names it
	 * @throws IllegalArgumentException when {@code newName} is no name
	 */
	public static Map<URI, List<Edit>> rename(ResourceSet resourceSet, NamedElement element, String newName) {
		String problem = checkName(newName);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		Map<URI, List<Edit>> edits = new LinkedHashMap<>();
		for (INode node : NodeModelUtils.findNodesForFeature(element, DeploymentPackage.Literals.NAMED_ELEMENT__NAME)) {
			add(edits, element.eResource().getURI(), new Edit(node.getOffset(), node.getLength(), newName));
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!(resource instanceof XtextResource)) {
				continue;
			}
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
						continue;
					}
					references(resource, object, reference, element, newName, edits);
				}
			}
		}
		return edits;
	}

	private static void references(Resource resource, EObject object, EReference reference, EObject element,
			String newName, Map<URI, List<Edit>> edits) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		if (nodes.isEmpty()) {
			return;
		}
		List<EObject> targets = new ArrayList<>();
		Object value = object.eGet(reference, true);
		if (value instanceof List<?> list) {
			list.forEach(v -> targets.add((EObject) v));
		} else if (value instanceof EObject target) {
			targets.add(target);
		}
		for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
			if (targets.get(i) == element) {
				INode node = nodes.get(i);
				add(edits, resource.getURI(), new Edit(node.getOffset(), node.getLength(),
						newName == null ? node.getText() : newName));
			}
		}
	}

	private static void add(Map<URI, List<Edit>> edits, URI uri, Edit edit) {
		edits.computeIfAbsent(uri, key -> new ArrayList<>()).add(edit);
	}
}
