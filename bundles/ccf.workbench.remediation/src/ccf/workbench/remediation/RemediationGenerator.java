/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.validation.DeploymentRules;
import ccf.workbench.model.validation.Finding;
import ccf.workbench.remediation.escape.UnsafeTextException;
import ccf.workbench.remediation.plan.PlanBuilder;
import ccf.workbench.remediation.plan.PlanException;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.render.FileNames;
import ccf.workbench.remediation.render.Renderers;

/**
 * Generates every artifact of the KB 969803 remediation from a deployment, in memory: nothing is written until every
 * artifact is rendered, so a value that cannot be written safely stops the whole generation. The same deployment and
 * options give the same artifacts, byte for byte, sorted by path. {@link ccf.workbench.remediation.output.OutputFolder}
 * writes them.
 */
public final class RemediationGenerator {

	private final Set<Dialect> dialects;
	private final boolean force;
	private final LocalCopyRewriter rewriter;
	private final Path modelFolder;

	private RemediationGenerator(Set<Dialect> dialects, boolean force, LocalCopyRewriter rewriter, Path modelFolder) {
		this.dialects = dialects.isEmpty() ? EnumSet.allOf(Dialect.class) : EnumSet.copyOf(dialects);
		this.force = force;
		this.rewriter = rewriter;
		this.modelFolder = modelFolder;
	}

	/** Every dialect, no local copies, refusing a model with blocking findings. */
	public RemediationGenerator() {
		this(EnumSet.allOf(Dialect.class), false, null, null);
	}

	/** @return a generator for these dialects only (all when empty) */
	public RemediationGenerator dialects(Set<Dialect> chosen) {
		return new RemediationGenerator(chosen, force, rewriter, modelFolder);
	}

	/** @return a generator that does not check the model's findings (the caller did, or the user insists) */
	public RemediationGenerator force(boolean skipCheck) {
		return new RemediationGenerator(dialects, skipCheck, rewriter, modelFolder);
	}

	/** @return a generator that also emits the rewritten local copies, resolved against {@code folder} */
	public RemediationGenerator localCopies(LocalCopyRewriter copyRewriter, Path folder) {
		return new RemediationGenerator(dialects, force, copyRewriter, folder);
	}

	/** @return the plan of the deployment */
	public RemediationPlan plan(Deployment deployment) throws GenerationException {
		if (!force) {
			List<Finding> blocking = DeploymentRules.check(deployment).stream().filter(Finding::blocksGeneration).toList();
			if (!blocking.isEmpty()) {
				throw new GenerationException("The model has " + blocking.size() + " finding" + (blocking.size() == 1 ? "" : "s")
						+ " that leave no correct plan; fix them first (ccfw validate shows them).", blocking);
			}
		}
		try {
			return PlanBuilder.build(deployment);
		} catch (PlanException | UnsafeTextException e) {
			throw new GenerationException(e.getMessage(), e);
		}
	}

	/** @return every artifact, sorted by path */
	public List<Artifact> generate(Deployment deployment) throws GenerationException {
		return generate(deployment, () -> false);
	}

	/**
	 * As {@link #generate(Deployment)}, asking {@code cancelled} between the plan, the renderers, each local copy and
	 * the runbook.
	 *
	 * @throws CancellationException when cancelled
	 */
	public List<Artifact> generate(Deployment deployment, BooleanSupplier cancelled) throws GenerationException {
		RemediationPlan plan = plan(deployment);
		checkCancelled(cancelled);
		List<Artifact> artifacts;
		try {
			artifacts = new ArrayList<>(Renderers.render(plan, dialects));
		} catch (UnsafeTextException e) {
			throw new GenerationException(e.getMessage(), e);
		}
		artifacts.add(new Artifact("plan.schema.json", schema()));
		if (rewriter != null) {
			artifacts.addAll(localCopies(deployment, plan, cancelled));
		}
		checkCancelled(cancelled);
		artifacts.addAll(Renderers.runbook(plan, artifacts));
		artifacts.sort(Comparator.comparing(Artifact::path));
		Set<String> paths = new HashSet<>();
		for (Artifact artifact : artifacts) {
			if (!paths.add(artifact.path().toLowerCase(java.util.Locale.ROOT))) {
				throw new GenerationException("Two artifacts would be written to " + artifact.path()
						+ " (names of the model that differ only in characters a file name cannot hold, or in case). Rename one of them.",
						List.of());
			}
		}
		return List.copyOf(artifacts);
	}

	private static void checkCancelled(BooleanSupplier cancelled) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException("The generation was cancelled");
		}
	}

	private List<Artifact> localCopies(Deployment deployment, RemediationPlan plan, BooleanSupplier cancelled)
			throws GenerationException {
		List<Artifact> copies = new ArrayList<>();
		for (ClientGroup group : deployment.getClientGroups()) {
			checkCancelled(cancelled);
			addCopy(copies, group.getConfigFile(), group.getName(), plan);
		}
		for (WebServer server : deployment.getWebServers()) {
			addCopy(copies, server.getApplicationHostConfig(), server.getName(), plan);
			for (ServiceInstallation installation : server.getServices()) {
				checkCancelled(cancelled);
				addCopy(copies, installation.getWebConfig(), server.getName() + "-" + installation.effectiveVirtualPath(), plan);
			}
		}
		return copies;
	}

	private void addCopy(List<Artifact> copies, ConfigFile file, String owner, RemediationPlan plan) throws GenerationException {
		if (file == null || file.getLocalCopy() == null || file.getLocalCopy().isEmpty()) {
			return;
		}
		Path base = modelFolder == null ? Path.of("") : modelFolder;
		Path copy = base.resolve(file.getLocalCopy().replace('\\', '/'));
		try {
			for (LocalCopyRewriter.RewrittenCopy rewritten : rewriter.rewrite(file, copy, plan.hostRewrites())) {
				String path = java.util.Arrays.stream(rewritten.path().split("[/\\\\]")).map(FileNames::safe)
						.collect(java.util.stream.Collectors.joining("/"));
				copies.add(new Artifact("local-copies/" + FileNames.safe(owner) + "/" + path, rewritten.bytes()));
			}
		} catch (IOException | RuntimeException e) {
			throw new GenerationException("The local copy " + copy + " of " + file.getPath() + " could not be rewritten: " + e.getMessage()
					+ ". Nothing was generated.", e);
		}
	}

	private static byte[] schema() {
		try (InputStream in = RemediationGenerator.class.getResourceAsStream("/schema/plan.schema.json")) {
			if (in == null) {
				throw new IllegalStateException("schema/plan.schema.json is missing from the bundle");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
