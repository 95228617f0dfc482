/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.IisVersion;
import ccf.workbench.model.deployment.ServiceInstallation;

/** IIS 7+ kernel-mode authentication and when a CCF service needs useAppPoolCredentials. */
class KernelModeTest {

	private final Fabrikam fabrikam = new Fabrikam();
	private final ServiceInstallation agentCredentials = fabrikam.installation("AgentCredentials");

	@Test
	void iis6HasNoKernelMode() {
		fabrikam.iis().setIisVersion(IisVersion.IIS6);

		assertThat(fabrikam.iis().supportsKernelMode()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = IisVersion.class, mode = Mode.EXCLUDE, names = "IIS6")
	void iis7AndLaterHaveKernelMode(IisVersion version) {
		fabrikam.iis().setIisVersion(version);

		assertThat(fabrikam.iis().supportsKernelMode()).isTrue();
	}

	@Test
	void anUnknownIisVersionTrustsTheServersKernelModeSetting() {
		fabrikam.iis().unsetIisVersion();

		assertThat(fabrikam.iis().supportsKernelMode()).isTrue();
		assertThat(agentCredentials.authenticatesInKernelMode()).isTrue();
		fabrikam.iis().setKernelModeAuthentication(false);
		assertThat(agentCredentials.authenticatesInKernelMode()).isFalse();
	}

	@Test
	void installationFollowsTheServerUnlessItSaysOtherwise() {
		assertThat(agentCredentials.getUseKernelMode()).isNull();
		assertThat(agentCredentials.authenticatesInKernelMode()).isTrue();

		agentCredentials.setUseKernelMode(false);
		assertThat(agentCredentials.authenticatesInKernelMode()).isFalse();

		fabrikam.iis().setKernelModeAuthentication(false);
		agentCredentials.setUseKernelMode(true);
		assertThat(agentCredentials.authenticatesInKernelMode()).isTrue();

		agentCredentials.setUseKernelMode(null);
		assertThat(agentCredentials.authenticatesInKernelMode()).isFalse();
	}

	@Test
	void installationOverrideCannotTurnKernelModeOnForIis6() {
		fabrikam.iis().setIisVersion(IisVersion.IIS6);
		agentCredentials.setUseKernelMode(true);

		assertThat(agentCredentials.authenticatesInKernelMode()).isFalse();
		assertThat(agentCredentials.needsAppPoolCredentials()).isFalse();
	}

	@Test
	void installationOutsideAServerDoesNotAuthenticateInKernelMode() {
		ServiceInstallation loose = Fabrikam.F.createServiceInstallation();
		loose.setUseKernelMode(true);

		assertThat(loose.authenticatesInKernelMode()).isFalse();
	}

	@Test
	void kernelModeWithADomainAccountNeedsAppPoolCredentials() {
		assertThat(agentCredentials.needsAppPoolCredentials()).isTrue();

		agentCredentials.setUseAppPoolCredentials(false);
		assertThat(agentCredentials.needsAppPoolCredentials()).isTrue();
	}

	@Test
	void useAppPoolCredentialsTrueSatisfiesIt() {
		agentCredentials.setUseAppPoolCredentials(true);

		assertThat(agentCredentials.needsAppPoolCredentials()).isFalse();
	}

	@Test
	void withoutKernelModeNothingIsNeeded() {
		agentCredentials.setUseKernelMode(false);

		assertThat(agentCredentials.needsAppPoolCredentials()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = AppPoolIdentityType.class, mode = Mode.EXCLUDE, names = "SPECIFIC_USER")
	void builtInPoolIdentitiesNeedNothing(AppPoolIdentityType identityType) {
		fabrikam.pool().setIdentityType(identityType);

		assertThat(fabrikam.pool().usesDomainAccount()).isFalse();
		assertThat(agentCredentials.needsAppPoolCredentials()).isFalse();
	}

	@Test
	void specificUserWithoutAccountIsNoDomainAccount() {
		fabrikam.pool().setIdentity(null);

		assertThat(fabrikam.pool().usesDomainAccount()).isFalse();
		assertThat(agentCredentials.needsAppPoolCredentials()).isFalse();
	}

	@Test
	void installationWithoutPoolNeedsNothing() {
		agentCredentials.setPool(null);

		assertThat(agentCredentials.needsAppPoolCredentials()).isFalse();
	}

	@Test
	void everyServiceOfTheSampleMissesAppPoolCredentials() {
		assertThat(fabrikam.deployment.installationsMissingAppPoolCredentials())
				.containsExactlyElementsOf(fabrikam.iis().getServices()).hasSize(12);
	}

	@Test
	void servicesThatSetUseAppPoolCredentialsAreNoLongerMissing() {
		agentCredentials.setUseAppPoolCredentials(true);
		assertThat(fabrikam.deployment.installationsMissingAppPoolCredentials()).hasSize(11)
				.doesNotContain(agentCredentials);

		fabrikam.iis().getServices().forEach(service -> service.setUseAppPoolCredentials(true));
		assertThat(fabrikam.deployment.installationsMissingAppPoolCredentials()).isEmpty();
	}
}
