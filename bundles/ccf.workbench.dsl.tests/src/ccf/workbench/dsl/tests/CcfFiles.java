/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import ccf.workbench.model.deployment.Deployment;

/**
 * Loads .ccf text and the files of {@code examples/} into resource sets, and checks them for syntax and linking
 * errors.
 */
public class CcfFiles {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The examples/ folder at the repository root (system property {@code ccf.examples}, set by the build). */
	public static Path examplesFolder() {
		return Path.of(System.getProperty("ccf.examples", "../../examples"));
	}

	public static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.list(examplesFolder())) {
			List<Path> examples = files.filter(f -> f.toString().endsWith(".ccf")).sorted().toList();
			assertThat(examples).as("examples in " + examplesFolder().toAbsolutePath()).isNotEmpty();
			return examples.stream();
		}
	}

	public XtextResourceSet newResourceSet() {
		return resourceSets.get();
	}

	public Deployment load(Path file) throws IOException {
		return parse(Files.readString(file), file.getFileName().toString(), newResourceSet());
	}

	/** Parses {@code text} as {@code name} into {@code resourceSet}, without resolving references. */
	public Deployment parse(String text, String name, ResourceSet resourceSet) throws IOException {
		Resource resource = resourceSet.createResource(URI.createURI("inmemory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getContents().isEmpty() ? null : (Deployment) resource.getContents().get(0);
	}

	/** Resolves every reference of the resource set and asserts that no resource has a syntax or linking error. */
	public static void assertNoErrors(ResourceSet resourceSet) {
		EcoreUtil.resolveAll(resourceSet);
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof XtextResource) {
				assertThat(resource.getErrors()).as("errors in " + resource.getURI()).isEmpty();
			}
		}
	}
}
