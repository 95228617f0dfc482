/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.model.validation.Finding;
import ccf.workbench.remediation.GenerationException;
import ccf.workbench.remediation.RemediationGenerator;

/**
 * A {@code .ccf} file as {@code ccfw validate} and {@code ccfw generate} take it: parsed, linked, validated, and when
 * nothing blocks generation, its whole remediation generated. Every failure must be a diagnostic (a syntax or linking
 * error, a finding) or a {@link GenerationException}; an exception, or an error Xtext only logs, is a finding.
 */
public final class CcfModelFuzzer {

	private CcfModelFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		XtextResourceSet resourceSet = CcfLanguage.resourceSet();
		List<Issue> issues = CcfLanguage.validate(resourceSet, "fuzz.ccf", new String(data, StandardCharsets.UTF_8));
		Resource resource = resourceSet.getResources().get(0);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
			return;
		}
		// The rules run once more outside Xtext, which would swallow their NullPointerExceptions.
		List<Finding> findings = DeploymentRules.check(deployment);
		boolean syntax = issues.stream().anyMatch(Issue::isSyntaxError);
		if (syntax || DeploymentRules.blocksGeneration(findings)) {
			return;
		}
		try {
			new RemediationGenerator().generate(deployment);
		} catch (GenerationException e) {
			if (e.getMessage() == null || e.getMessage().isBlank()) {
				throw new IllegalStateException("a refusal without a message", e);
			}
		}
	}
}
