/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ccf.workbench.configs.read.ConfigProblem;
import ccf.workbench.configs.rewrite.FileRewrite;
import ccf.workbench.configs.rewrite.HostMapping;
import ccf.workbench.configs.rewrite.LocalCopyRewrites;
import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.validation.Severity;
import ccf.workbench.remediation.plan.HostRewrite;

/**
 * The byte-exact rewriter of ccf.workbench.configs behind the generator's extension point: {@code ccfw generate} and
 * the workbench's Generate wizard emit the same rewritten copies that {@code ccfw plan --output} writes.
 */
public final class ConfigsLocalCopyRewriter implements LocalCopyRewriter {

	@Override
	public List<RewrittenCopy> rewrite(ConfigFile file, Path localCopy, List<HostRewrite> hosts) throws IOException {
		HostMapping mapping = new HostMapping();
		hosts.forEach(host -> mapping.map(host.oldHost(), host.newHost()));
		LocalCopyRewrites.Planned planned = LocalCopyRewrites.rewrite(file, localCopy, localCopy.toString(), mapping);
		if (planned.rewrites().isEmpty()) {
			throw new IOException(planned.problems().stream().filter(p -> p.severity() == Severity.ERROR)
					.map(ConfigProblem::toString).collect(Collectors.joining("; ")));
		}
		Path folder = localCopy.toAbsolutePath().normalize().getParent();
		List<RewrittenCopy> copies = new ArrayList<>();
		for (FileRewrite rewrite : planned.rewrites()) {
			String path = folder.relativize(rewrite.path().toAbsolutePath().normalize()).toString().replace('\\', '/');
			copies.add(new RewrittenCopy(path, rewrite.result()));
		}
		return copies;
	}
}
