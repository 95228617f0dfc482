/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.sun.management.GarbageCollectionNotificationInfo;

import ccf.workbench.dsl.CcfStandaloneSetup;

/**
 * Warm half of the .ccf benchmark (releng/bench/dsl.sh): in one JVM, for each folder of .ccf files, reads them into a
 * fresh resource set per iteration and times parsing (loading every file), linking ({@code EcoreUtil.resolveAll}) and
 * validation (each resource's validator, {@code CheckMode.ALL}) separately; then measures the live heap after a full
 * GC with the model loaded, and the peak heap of one iteration (the most heap in use before any GC, or at its end).
 * <p>
 * Usage: {@code java -cp "$CCF_PRODUCT/plugins/*" DslBenchmark.java [--runs N] FOLDER...}; prints one line per
 * folder: {@code folder files parse-ms link-ms validate-ms total-ms gc-ms live-MB peak-MB baseline-MB issues errors}, with
 * the medians of the timed iterations (gc-ms: collection time within an iteration). With the environment variable
 * {@code DSL_BENCHMARK_VERBOSE} set, each iteration's times go to standard error.
 */
public final class DslBenchmark {

	private static final double MB = 1024 * 1024;

	private record Timing(long parseNanos, long linkNanos, long validateNanos, long gcNanos, int issues, int errors) {
	}

	private static final AtomicLong peakBeforeGc = new AtomicLong();

	public static void main(String[] args) throws IOException {
		int runs = 5;
		List<Path> folders = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--runs")) {
				runs = Integer.parseInt(args[++i]);
			} else {
				folders.add(Path.of(args[i]));
			}
		}
		if (folders.isEmpty()) {
			System.err.println("usage: java -cp \"$CCF_PRODUCT/plugins/*\" DslBenchmark.java [--runs N] FOLDER...");
			System.exit(2);
		}
		Injector injector = CcfStandaloneSetup.doSetup();
		watchGarbageCollections();
		System.out.println("folder files parse-ms link-ms validate-ms total-ms gc-ms live-MB peak-MB baseline-MB issues errors");
		for (Path folder : folders) {
			List<URI> files = ccfFiles(folder);
			long baseline = liveHeap();
			// Warm up the JIT on this size, fewer times for the large ones.
			long lines = files.stream().mapToLong(DslBenchmark::lines).sum();
			int warmups = lines <= 20_000 ? 10 : lines <= 150_000 ? 3 : 2;
			for (int i = 0; i < warmups; i++) {
				run(injector, files, null);
			}
			List<Timing> timings = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				timings.add(run(injector, files, null));
			}
			// Peak: one more iteration, starting from a collected heap.
			liveHeap();
			peakBeforeGc.set(0);
			XtextResourceSet[] loaded = new XtextResourceSet[1];
			Timing last = run(injector, files, loaded);
			long peak = Math.max(peakBeforeGc.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			long live = liveHeap();
			if (loaded[0].getResources().isEmpty()) {
				throw new IllegalStateException("nothing loaded");
			}
			loaded[0] = null;
			System.out.printf(Locale.ROOT, "%s %d %.0f %.0f %.0f %.0f %.0f %.1f %.1f %.1f %d %d%n", folder, files.size(),
					median(timings, Timing::parseNanos), median(timings, Timing::linkNanos),
					median(timings, Timing::validateNanos),
					median(timings, t -> t.parseNanos() + t.linkNanos() + t.validateNanos()), median(timings, Timing::gcNanos),
					live / MB, peak / MB,
					baseline / MB, last.issues(), last.errors());
		}
	}

	private static Timing run(Injector injector, List<URI> files, XtextResourceSet[] keep) {
		// Every iteration starts from a collected heap, so that no iteration pays for the garbage of the one before.
		System.gc();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		long gcStart = gcMillis();
		long start = System.nanoTime();
		for (URI file : files) {
			resourceSet.getResource(file, true);
		}
		long parsed = System.nanoTime();
		long gcParsed = gcMillis();
		EcoreUtil.resolveAll(resourceSet);
		long linked = System.nanoTime();
		long gcLinked = gcMillis();
		int issues = 0;
		int errors = 0;
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (resource instanceof XtextResource xtext) {
				for (Issue issue : xtext.getResourceServiceProvider().getResourceValidator().validate(xtext, CheckMode.ALL,
						CancelIndicator.NullImpl)) {
					issues++;
					errors += issue.getSeverity() == Severity.ERROR ? 1 : 0;
				}
			}
		}
		long validated = System.nanoTime();
		long gcValidated = gcMillis();
		if (keep != null) {
			keep[0] = resourceSet;
		}
		if (System.getenv("DSL_BENCHMARK_VERBOSE") != null) {
			System.err.printf(Locale.ROOT, "  %s: parse %d ms (GC %d), link %d ms (GC %d), validate %d ms (GC %d)%n",
					files.get(0).trimSegments(1).lastSegment(), (parsed - start) / 1_000_000, gcParsed - gcStart,
					(linked - parsed) / 1_000_000, gcLinked - gcParsed, (validated - linked) / 1_000_000,
					gcValidated - gcLinked);
		}
		return new Timing(parsed - start, linked - parsed, validated - linked, (gcValidated - gcStart) * 1_000_000, issues,
				errors);
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.sum();
	}

	private static List<URI> ccfFiles(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(p -> p.toString().endsWith(".ccf")).sorted()
					.map(p -> URI.createFileURI(p.toAbsolutePath().normalize().toString())).toList();
		}
	}

	private static long lines(URI file) {
		try (Stream<String> lines = Files.lines(Path.of(file.toFileString()))) {
			return lines.count();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double median(List<Timing> timings, ToLongFunction<Timing> value) {
		double[] millis = timings.stream().mapToLong(value).mapToDouble(n -> n / 1e6).sorted().toArray();
		int n = millis.length;
		return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
	}

	/** The heap in use after full collections, i.e. what is reachable. */
	private static long liveHeap() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	/** Records the most heap in use just before a collection: the peaks of the heap lie there. */
	private static void watchGarbageCollections() {
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
					long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
							.filter(pool -> heapPools.contains(pool.getKey())).map(Map.Entry::getValue)
							.mapToLong(MemoryUsage::getUsed).sum();
					peakBeforeGc.accumulateAndGet(before, Math::max);
				}
			}, null, null);
		}
	}
}
