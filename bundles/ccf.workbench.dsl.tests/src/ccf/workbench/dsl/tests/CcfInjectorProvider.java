/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

import ccf.workbench.dsl.CcfStandaloneSetup;

/**
 * The .ccf language's injector for Xtext's JUnit 5 {@code InjectionExtension}, created once per test run, as
 * {@code ccfw} does on a plain JVM.
 */
public class CcfInjectorProvider implements IInjectorProvider {

	private static final class Holder {
		static final Injector INJECTOR = CcfStandaloneSetup.doSetup();
	}

	@Override
	public Injector getInjector() {
		return Holder.INJECTOR;
	}
}
