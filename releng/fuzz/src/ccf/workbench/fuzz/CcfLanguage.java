/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import ccf.workbench.dsl.CcfStandaloneSetup;

/**
 * The .ccf language set up once per fuzzing process, and its parse-link-validate as {@code ccfw validate} runs it. Xtext
 * logs an exception of a check or of linking instead of throwing it, and drops the NullPointerExceptions of checks; an
 * error logged here fails the input, so that such a hidden failure is a finding too.
 */
final class CcfLanguage {

	static final Injector INJECTOR = CcfStandaloneSetup.doSetup();
	private static final List<String> LOGGED = new ArrayList<>();

	static {
		Logger.getRootLogger().addAppender(new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
					LOGGED.add(event.getRenderedMessage() + (event.getThrowableInformation() == null ? ""
							: ": " + event.getThrowableInformation().getThrowable()));
				}
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}

			@Override
			public void close() {
			}
		});
	}

	private CcfLanguage() {
	}

	static XtextResourceSet resourceSet() {
		return INJECTOR.getInstance(XtextResourceSet.class);
	}

	/** Parses, links and validates {@code text} as {@code name} (a .ccf file name) in {@code resourceSet}. */
	static List<Issue> validate(XtextResourceSet resourceSet, String name, String text) {
		LOGGED.clear();
		Resource resource = resourceSet.createResource(URI.createURI("fuzz:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resourceSet);
		List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		requireNothingLogged();
		return issues;
	}

	static void requireNothingLogged() {
		if (!LOGGED.isEmpty()) {
			throw new IllegalStateException("Xtext logged an error instead of a diagnostic: " + LOGGED);
		}
	}
}
