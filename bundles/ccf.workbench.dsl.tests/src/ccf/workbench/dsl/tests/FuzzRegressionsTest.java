/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.validation.DeploymentRules;

/**
 * Every input of {@code fixtures/fuzz-regressions/} (findings of {@code releng/fuzz/run.sh --target ccf-model}, and
 * broken files written by hand) is read as {@code ccfw validate} reads it: every failure is a diagnostic. Xtext logs
 * what goes wrong inside its validator and drops it, so an error logged fails the test, and a file the parser
 * complained about must have a syntax issue.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class FuzzRegressionsTest {

	@Inject
	private CcfFiles files;

	private final List<String> logged = new ArrayList<>();
	private final AppenderSkeleton recorder = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				logged.add(event.getRenderedMessage());
			}
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
		}
	};

	static Stream<Path> regressions() throws IOException {
		Path folder = Path.of(System.getProperty("ccf.fuzz.regressions", "fixtures/fuzz-regressions"));
		try (Stream<Path> list = Files.list(folder)) {
			List<Path> inputs = list.sorted().toList();
			assertThat(inputs).as("inputs in " + folder.toAbsolutePath()).isNotEmpty();
			return inputs.stream();
		}
	}

	@BeforeEach
	void record() {
		Logger.getRootLogger().addAppender(recorder);
	}

	@AfterEach
	void stopRecording() {
		Logger.getRootLogger().removeAppender(recorder);
	}

	@ParameterizedTest
	@MethodSource("regressions")
	void everyFailureIsADiagnostic(Path input) throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createURI("inmemory:/" + input.getFileName()));
		resource.load(new ByteArrayInputStream(Files.readAllBytes(input)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		EcoreUtil.resolveAll(resourceSet);

		List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);

		assertThat(logged).as("errors Xtext logged instead of reporting them").isEmpty();
		if (!resource.getErrors().isEmpty()) {
			assertThat(issues).as("the parser's errors are issues").anyMatch(Issue::isSyntaxError);
		}
		assertThat(issues).allSatisfy(issue -> assertThat(issue.getLineNumber()).isPositive());
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Deployment deployment) {
			assertThat(DeploymentRules.check(deployment)).isNotNull();
		}
	}
}
