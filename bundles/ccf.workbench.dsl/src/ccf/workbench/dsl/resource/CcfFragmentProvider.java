/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.resource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * EMF's fragments ({@code //@webServers.12/@services.3}) at a cost that does not grow with the length of the lists:
 * EMF finds each position with {@code indexOf}, so that a finding on each of n servers (every issue carries the
 * fragment of its element) cost n<sup>2</sup>/2 comparisons. The positions in long lists come from an index kept in
 * Xtext's per-resource cache instead, which any change to the resource clears; the fragments are EMF's.
 */
public class CcfFragmentProvider implements IFragmentProvider {

	/** Shorter lists are searched, as EMF does. */
	private static final int INDEXED_LENGTH = 32;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		Resource resource = object.eResource();
		if (resource == null || object.eIsProxy() || EcoreUtil.getID(object) != null) {
			return fallback.getFragment(object);
		}
		Map<EObject, Integer> positions = cache.get(CcfFragmentProvider.class, resource, ConcurrentHashMap::new);
		Deque<String> segments = new ArrayDeque<>();
		InternalEObject current = (InternalEObject) object;
		while (current.eDirectResource() != resource) {
			InternalEObject container = current.eInternalContainer();
			EStructuralFeature feature = current.eContainingFeature();
			if (container == null || !(feature instanceof EReference reference) || !reference.getEKeys().isEmpty()) {
				return fallback.getFragment(object);
			}
			String segment = "@" + reference.getName();
			segments.push(reference.isMany() ? segment + "." + position(container, reference, current, positions) : segment);
			current = container;
		}
		List<EObject> roots = resource.getContents();
		StringBuilder fragment = new StringBuilder("/");
		if (roots.size() > 1) {
			fragment.append(roots.indexOf(current));
		}
		segments.forEach(segment -> fragment.append('/').append(segment));
		return fragment.toString();
	}

	private static int position(EObject container, EReference reference, EObject element, Map<EObject, Integer> positions) {
		List<?> list = (List<?>) container.eGet(reference, false);
		Integer known = positions.get(element);
		if (known != null && known < list.size() && list.get(known) == element) {
			return known;
		}
		if (list.size() < INDEXED_LENGTH) {
			return list.indexOf(element);
		}
		for (int i = 0; i < list.size(); i++) {
			positions.put((EObject) list.get(i), i);
		}
		Integer position = positions.get(element);
		return position != null && list.get(position) == element ? position : -1;
	}
}
