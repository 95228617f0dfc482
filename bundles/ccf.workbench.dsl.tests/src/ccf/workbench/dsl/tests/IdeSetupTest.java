/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import ccf.workbench.dsl.ide.CcfIdeSetup;

class IdeSetupTest {

	@Test
	void ideServicesAreAvailable() {
		TerminalsStandaloneSetup.doSetup();
		Injector injector = new CcfIdeSetup().createInjector();

		assertThat(injector.getInstance(IdeContentProposalProvider.class)).isNotNull();
		assertThat(injector.getInstance(ContentAssistContextFactory.class)).isNotNull();
	}
}
