/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor.wizards;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;

import ccf.workbench.dsl.CcfText;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.samples.Kb969803Sample;
import ccf.workbench.ui.editor.CcfLanguage;

/** The text of a new deployment model: the article's deployment, or an empty one to fill in. */
public final class DeploymentTemplates {

	private DeploymentTemplates() {
	}

	/** The KB 969803 deployment before the fix, as the language writes it. */
	public static String article(String name) {
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		Deployment deployment = Kb969803Sample.create(resourceSet);
		deployment.setName(name);
		return CcfText.of(resourceSet, deployment, URI.createURI("inmemory:/template.ccf"),
				"KB 969803 before the fix: CCF 2009 on CCFIIS, whose clients name the real server. Edit it to describe",
				"your deployment; the problems it shows are what the remediation fixes.");
	}

	/** An empty deployment with the shape of its parts in comments. */
	public static String empty(String name) {
		return "deployment " + name + " {\n"
				+ "\t// domain CONTOSO dns \"contoso.com\" { controller DC01 }\n"
				+ "\t// account CONTOSO\\CCFPOOL\n"
				+ "\t// server CCFWEB in CONTOSO fqdn \"ccfweb.contoso.com\" iis 7.5 kernel-mode {\n"
				+ "\t//\tpool CcfPool identity CCFPOOL\n"
				+ "\t//\tservice AgentCredentials in CcfPool\n"
				+ "\t// }\n"
				+ "\t// alias CCF for CCFWEB\n"
				+ "\t// clients Agents kind agent-desktop { hosts AGENT01 }\n"
				+ "}\n";
	}
}
