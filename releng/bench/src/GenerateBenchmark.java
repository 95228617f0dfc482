/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Injector;

import ccf.workbench.dsl.CcfStandaloneSetup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.RemediationGenerator;
import ccf.workbench.remediation.output.OutputFolder;

/**
 * Warm half of the generation benchmark (releng/bench/generate.sh): in one JVM, for each .ccf file, parses and links
 * it once, then per iteration validates it (the language's validator, CheckMode.ALL, as ccfw validate does) and
 * generates every artifact of every dialect in memory, and once writes them into an empty folder. Prints per file:
 * {@code file lines validate-ms generate-ms write-ms artifacts output-MB peak-MB}, medians of the timed iterations;
 * peak: the most heap in use during one generation, above the heap with the model loaded.
 */
public final class GenerateBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = 5;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--runs")) {
				runs = Integer.parseInt(args[++i]);
			} else {
				files.add(Path.of(args[i]));
			}
		}
		Injector injector = CcfStandaloneSetup.doSetup();
		for (Path file : files) {
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			EcoreUtil.resolveAll(resourceSet);
			Deployment deployment = (Deployment) resource.getContents().get(0);
			List<Long> validate = new ArrayList<>();
			List<Long> generate = new ArrayList<>();
			long peak = 0;
			List<Artifact> artifacts = List.of();
			for (int i = 0; i < runs + 2; i++) {
				long start = System.nanoTime();
				((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
						CancelIndicator.NullImpl);
				long validated = System.nanoTime();
				artifacts = null;
				System.gc();
				long base = heapUsed();
				resetPeaks();
				long generating = System.nanoTime();
				artifacts = new RemediationGenerator().force(true).generate(deployment);
				long generated = System.nanoTime();
				if (i >= 2) { // two warm-up iterations
					validate.add((validated - start) / 1_000_000);
					generate.add((generated - generating) / 1_000_000);
					peak = Math.max(peak, heapPeak() - base);
				}
			}
			Path out = Files.createTempDirectory("ccfw-bench");
			long writing = System.nanoTime();
			new OutputFolder(out).write(artifacts);
			long written = System.nanoTime();
			long bytes = artifacts.stream().mapToLong(a -> a.content().length).sum();
			System.out.printf(Locale.ROOT, "%s %d %d %d %d %d %.1f %.1f%n", file, Files.readAllLines(file).size(), median(validate),
					median(generate), (written - writing) / 1_000_000, artifacts.size(), bytes / 1048576.0, peak / 1048576.0);
			try (var walk = Files.walk(out)) {
				walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at once. */
	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
