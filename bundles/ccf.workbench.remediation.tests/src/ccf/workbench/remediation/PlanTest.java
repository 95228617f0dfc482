/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.WindowsVersion;
import ccf.workbench.remediation.plan.Action;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Role;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;

/** The plan of the article's deployment: its order, its performers, and what it leaves out. */
class PlanTest {

	private static RemediationPlan plan(Deployment deployment) throws GenerationException {
		return new RemediationGenerator().plan(deployment);
	}

	@Test
	void theArticlesDeploymentRunsDnsThenSpnsThenIisThenSqlThenClients() throws GenerationException {
		RemediationPlan plan = plan(Deployments.sample());

		assertThat(plan.groups()).extracting(g -> g.performer().role()).containsExactly(Role.DNS_ADMIN, Role.DOMAIN_ADMIN, Role.IIS_SERVER,
				Role.SQL_SERVER, Role.CLIENT_GROUP, Role.CLIENT_GROUP);
		assertThat(plan.groups()).extracting(StepGroup::id).containsExactly("01-dns-FABRIKAM", "02-domain-FABRIKAM", "03-iis-CCFIIS",
				"04-sql-CCFSQL", "05-clients-AgentDesktops", "06-clients-AdminConsoles");
		assertThat(plan.steps().map(Step::number)).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, (int) plan.steps().count()).boxed().toList());
		assertThat(plan.steps().map(Step::action).filter(Action.SetAppPoolCredentials.class::isInstance)).hasSize(12)
				.allMatch(a -> ((Action.SetAppPoolCredentials) a).hotfix962943());
		assertThat(plan.steps().map(Step::action).filter(Action.RegisterSpn.class::isInstance).map(a -> ((Action.RegisterSpn) a).spn()))
				.containsExactly("host/CCFIISAlias", "host/ccfiisalias.fabrikam.com");
		assertThat(plan.warnings()).singleElement().asString().contains("KB 962943");
		assertThat(plan.steps().map(Step::id).distinct().count()).isEqualTo(plan.steps().count());
	}

	@Test
	void theFixedDeploymentOnlyPurgesTicketsAndChecksTheDatabase() throws GenerationException {
		RemediationPlan plan = plan(Deployments.load(Deployments.example("kb969803-fabrikam-fixed.ccf")));

		assertThat(plan.steps().map(s -> s.action().kind()).distinct()).containsExactlyInAnyOrder("purge-tickets", "update-database-urls");
	}

	@Test
	void iis6ServersGetNoKernelModeSettingsAndServer2008R2NoHotfix() throws GenerationException {
		Deployment iis6 = Deployments.sample();
		iis6.getWebServers().get(0).setIisVersion(IisVersion.IIS6);
		Deployment r2 = Deployments.sample();
		r2.getWebServers().get(0).setWindowsVersion(WindowsVersion.SERVER_2008_R2);
		r2.getWebServers().get(0).setIisVersion(IisVersion.IIS75);

		assertThat(plan(iis6).steps().map(Step::action)).noneMatch(Action.SetAppPoolCredentials.class::isInstance);
		assertThat(new RemediationGenerator().generate(iis6)).extracting(Artifact::path).noneMatch(p -> p.endsWith("applicationHost-locations.xml"));
		assertThat(plan(r2).steps().map(Step::action).filter(Action.SetAppPoolCredentials.class::isInstance))
				.hasSize(12).noneMatch(a -> ((Action.SetAppPoolCredentials) a).hotfix962943());
		assertThat(plan(r2).warnings()).isEmpty();
	}

	@Test
	void blockingFindingsStopGenerationUnlessForced() throws GenerationException {
		Deployment deployment = Deployments.sample();
		deployment.getClientGroups().get(0).getHosts().add("AGENT01");

		assertThatThrownBy(() -> Deployments.generate(deployment)).isInstanceOf(GenerationException.class)
				.hasMessageContaining("1 finding that leave").satisfies(e -> assertThat(((GenerationException) e).findings())
						.extracting(f -> f.code()).containsExactly("duplicate-name"));
		assertThat(new RemediationGenerator().force(true).generate(deployment)).isNotEmpty();
	}

	@Test
	void chosenDialectsOnly() throws GenerationException {
		List<Artifact> cmd = new RemediationGenerator().dialects(java.util.EnumSet.of(Dialect.CMD)).generate(Deployments.sample());

		assertThat(cmd).extracting(Artifact::path).anyMatch(p -> p.endsWith(".cmd")).noneMatch(p -> p.endsWith(".ps1"))
				.noneMatch(p -> p.endsWith(".sh")).contains("plan.json", "runbook.md", "04-sql-CCFSQL/CCFInfrastructure-2-update.sql");
	}
}
