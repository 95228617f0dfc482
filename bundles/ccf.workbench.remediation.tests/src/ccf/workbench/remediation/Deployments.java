/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import ccf.workbench.dsl.CcfStandaloneSetup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.samples.Kb969803Sample;

/** The deployments the tests generate from: the article's sample, and the .ccf files of the examples folder. */
final class Deployments {

	private static Injector injector;

	private Deployments() {
	}

	/** The KB 969803 "before" state, built in code (the same deployment as examples/kb969803-fabrikam.ccf). */
	static Deployment sample() {
		return Kb969803Sample.create(new ResourceSetImpl());
	}

	static Path example(String name) {
		return Path.of(System.getProperty("ccf.examples", "../../examples")).resolve(name).toAbsolutePath().normalize();
	}

	/** A .ccf file parsed and linked. */
	static synchronized Deployment load(Path file) {
		if (injector == null) {
			injector = CcfStandaloneSetup.doSetup();
		}
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException(file + ": " + resource.getErrors());
		}
		return (Deployment) resource.getContents().get(0);
	}

	static List<Artifact> generate(Deployment deployment) throws GenerationException {
		return new RemediationGenerator().generate(deployment);
	}

	static Artifact artifact(List<Artifact> artifacts, String path) {
		return artifacts.stream().filter(a -> a.path().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no artifact " + path + " in " + artifacts));
	}
}
