/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.remediation.plan.HostRewrite;

/** The extension point for rewritten copies of configuration files that have a local copy in the model. */
class LocalCopyTest {

	@Test
	void aRewriterGetsEachLocalCopyWithTheHostsAndItsBytesAreEmitted() throws GenerationException {
		Deployment deployment = Deployments.sample();
		deployment.getClientGroups().get(0).getConfigFile().setLocalCopy("configs\\AgentDesktop.exe.config");
		List<String> calls = new ArrayList<>();
		LocalCopyRewriter rewriter = (file, copy, hosts) -> {
			calls.add(file.getPath() + " | " + copy + " | " + hosts);
			return List.of(new LocalCopyRewriter.RewrittenCopy("AgentDesktop.exe.config", "rewritten".getBytes(StandardCharsets.UTF_8)),
					new LocalCopyRewriter.RewrittenCopy("config/client.config", "included".getBytes(StandardCharsets.UTF_8)));
		};

		List<Artifact> artifacts = new RemediationGenerator().localCopies(rewriter, Path.of("/models")).generate(deployment);

		assertThat(calls).containsExactly("C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config | "
				+ Path.of("/models/configs/AgentDesktop.exe.config") + " | "
				+ List.of(new HostRewrite("CCFIIS", "CCFIISAlias"), new HostRewrite("ccfiis.fabrikam.com", "ccfiisalias.fabrikam.com")));
		assertThat(Deployments.artifact(artifacts, "local-copies/AgentDesktops/AgentDesktop.exe.config").text()).isEqualTo("rewritten");
		assertThat(Deployments.artifact(artifacts, "local-copies/AgentDesktops/config/client.config").text()).isEqualTo("included");
	}

	@Test
	void withoutARewriterNoCopyIsEmitted() throws GenerationException {
		Deployment deployment = Deployments.sample();
		deployment.getClientGroups().get(0).getConfigFile().setLocalCopy("configs/AgentDesktop.exe.config");

		assertThat(Deployments.generate(deployment)).extracting(Artifact::path).noneMatch(p -> p.startsWith("local-copies/"));
	}

	@Test
	void aCopyThatCannotBeRewrittenStopsGeneration() {
		Deployment deployment = Deployments.sample();
		deployment.getClientGroups().get(0).getConfigFile().setLocalCopy("configs/AgentDesktop.exe.config");
		LocalCopyRewriter failing = (file, copy, hosts) -> {
			throw new IOException("line 3, column 7: not well-formed");
		};

		assertThatThrownBy(() -> new RemediationGenerator().localCopies(failing, Path.of("/models")).generate(deployment))
				.isInstanceOf(GenerationException.class).hasMessageContaining("line 3, column 7: not well-formed")
				.hasMessageContaining("Nothing was generated");
	}
}
