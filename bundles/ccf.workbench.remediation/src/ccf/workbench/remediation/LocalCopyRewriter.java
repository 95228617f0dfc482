/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.remediation.plan.HostRewrite;

/**
 * Rewrites the local copy of a configuration file so that its endpoint URLs name the alias, changing no other byte.
 * The generator emits the results as {@code local-copies/<owner>/<file name>} for every configuration file of the model
 * that has a local copy, when a rewriter is given (the byte-exact rewriter of ccf.workbench.configs plugs in here).
 */
@FunctionalInterface
public interface LocalCopyRewriter {

	/**
	 * @param file      the configuration file of the model
	 * @param localCopy its local copy, resolved against the folder of the model
	 * @param hosts     every server name that moves to an alias: NetBIOS name to alias name, FQDN to alias FQDN
	 * @return the rewritten copy, then each file it includes ({@code configSource=}), by path relative to the copy's
	 *         folder
	 * @throws IOException when the copy cannot be read or is not a file the rewriter can change safely
	 */
	List<RewrittenCopy> rewrite(ConfigFile file, Path localCopy, List<HostRewrite> hosts) throws IOException;

	/**
	 * One rewritten file.
	 *
	 * @param path  relative to the folder of the local copy, with {@code /}: the copy's own file name, or an included
	 *              file such as {@code config/client.config}
	 * @param bytes its new content
	 */
	record RewrittenCopy(String path, byte[] bytes) {
	}
}
