/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import ccf.workbench.dsl.CcfRuntimeModule;
import ccf.workbench.dsl.CcfStandaloneSetup;

/**
 * Sets the .ccf language up with its ide services, for an editor or a language server.
 */
public class CcfIdeSetup extends CcfStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new CcfRuntimeModule(), new CcfIdeModule()));
	}
}
