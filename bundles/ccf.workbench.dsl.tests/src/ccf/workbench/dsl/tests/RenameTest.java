/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.CcfRename;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.model.deployment.Deployment;

@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class RenameTest {

	@Inject
	private CcfFiles files;

	@Test
	void renamingAServerChangesItsDeclarationAndEveryReferenceInEveryFile() throws IOException {
		String first = "deployment D {\n\tdomain X dns \"x.com\"\n\tserver WEB1 in X\n\talias A for WEB1\n}\n";
		String second = "deployment D {\n\talias B for WEB1\n\tspn host/WEB1 on WEB1\n}\n";
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment deployment = files.parse(first, "first.ccf", resourceSet);
		files.parse(second, "second.ccf", resourceSet);
		EcoreUtil.resolveAll(resourceSet);

		Map<URI, List<QuickFix.Edit>> edits = CcfRename.rename(resourceSet, deployment.getWebServers().get(0), "WEB2");

		assertThat(new QuickFix("rename", edits.get(URI.createURI("inmemory:/first.ccf"))).applyTo(first))
				.isEqualTo("deployment D {\n\tdomain X dns \"x.com\"\n\tserver WEB2 in X\n\talias A for WEB2\n}\n");
		assertThat(new QuickFix("rename", edits.get(URI.createURI("inmemory:/second.ccf"))).applyTo(second))
				.as("the SPN's host is text, not a reference: it stays").isEqualTo(
						"deployment D {\n\talias B for WEB2\n\tspn host/WEB1 on WEB2\n}\n");
	}

	@Test
	void aNewNameMustBeAName() {
		assertThat(CcfRename.checkName("CCF-Alias_2")).isNull();
		assertThat(CcfRename.checkName("2x")).isNotNull();
		assertThat(CcfRename.checkName("a b")).isNotNull();
		assertThatThrownBy(() -> CcfRename.rename(files.newResourceSet(), null, "x\"y"))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
