/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;

import com.google.inject.Injector;

import ccf.workbench.model.deployment.DeploymentPackage;

/**
 * Sets the .ccf language up on a plain JVM (tests, {@code ccfw}): registers the deployment metamodel and the
 * {@code .ccf} resource factory in the global EMF registries and returns the language's injector. Inside OSGi the
 * metamodel registers itself through its plug-in.
 */
public class CcfStandaloneSetup extends CcfStandaloneSetupGenerated {

	/** Sets the language up and returns its injector; call it once per JVM. */
	public static Injector doSetup() {
		return new CcfStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.put(DeploymentPackage.eNS_URI, DeploymentPackage.eINSTANCE);
		// What TerminalsStandaloneSetup.doSetup() registers (the compiled grammars' resource factory, the Xtext
		// metamodel), without the injector of the Terminals language it creates and drops (60 ms of a cold start).
		new TerminalsStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return null;
			}
		}.createInjectorAndDoEMFRegistration();
		Injector injector = createInjector();
		register(injector);
		return injector;
	}
}
