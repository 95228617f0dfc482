/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import ccf.workbench.dsl.resource.CcfFragmentProvider;
import ccf.workbench.model.deployment.Deployment;

/** The fragments of elements (in every issue's URI) are EMF's, however long the lists they sit in. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class FragmentProviderTest {

	@Inject
	private CcfFiles files;

	@Inject
	private IFragmentProvider fragmentProvider;

	static Stream<Path> examples() throws IOException {
		return CcfFiles.examples();
	}

	/** EMF's own fragment: the containers' segments from the root down. */
	private static String emfFragment(EObject object) {
		Deque<String> segments = new ArrayDeque<>();
		InternalEObject current = (InternalEObject) object;
		while (current.eInternalContainer() != null) {
			segments.push(current.eInternalContainer().eURIFragmentSegment(current.eContainingFeature(), current));
			current = current.eInternalContainer();
		}
		List<EObject> roots = current.eResource().getContents();
		return "/" + (roots.size() > 1 ? roots.indexOf(current) : "") + segments.stream().map(s -> "/" + s).collect(joining());
	}

	private static void assertFragmentsAreEmfs(Deployment deployment) {
		Resource resource = deployment.eResource();
		assertThat(resource.getURIFragment(deployment)).isEqualTo("/");
		int checked = 0;
		for (TreeIterator<EObject> all = deployment.eAllContents(); all.hasNext(); checked++) {
			EObject object = all.next();
			String fragment = resource.getURIFragment(object);
			assertThat(fragment).isEqualTo(emfFragment(object));
			assertThat(resource.getEObject(fragment)).isSameAs(object);
		}
		assertThat(checked).isPositive();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void areEmfsFragmentsInTheExamples(Path example) throws IOException {
		assertFragmentsAreEmfs(files.load(example));
	}

	private Deployment farm(int servers) throws IOException {
		StringBuilder text = new StringBuilder("deployment Farm {\n\tdomain CORP dns \"corp.example.com\"\n");
		for (int i = 0; i < servers; i++) {
			text.append("\taccount CORP\\svc").append(i).append('\n');
			text.append("\tserver WEB").append(i).append(" in CORP { pool CcfPool identity svc").append(i)
					.append(" service Customer in CcfPool service Gateway in CcfPool }\n");
			text.append("\tspn host/WEB").append(i).append(" on WEB").append(i).append('\n');
		}
		return files.parse(text.append("}\n").toString(), "farm.ccf", files.newResourceSet());
	}

	@Test
	void areEmfsFragmentsInLongLists() throws IOException {
		Deployment farm = farm(100);

		assertThat(fragmentProvider).isInstanceOf(CcfFragmentProvider.class);
		assertThat(farm.eResource().getURIFragment(farm.getWebServers().get(99).getServices().get(1)))
				.isEqualTo("//@webServers.99/@services.1");
		assertFragmentsAreEmfs(farm);
	}

	@Test
	void followChangesToTheLists() throws IOException {
		Deployment farm = farm(100);
		assertFragmentsAreEmfs(farm);

		farm.getWebServers().remove(0);
		farm.getWebServers().move(10, 50);
		farm.getSpns().add(0, farm.getSpns().remove(99));

		assertFragmentsAreEmfs(farm);
	}
}
