/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.WebServer;

@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class ScopingTest {

	@Inject
	private CcfFiles files;

	private static String errors(Resource resource) {
		EcoreUtil.resolveAll(resource);
		return resource.getErrors().toString();
	}

	@Test
	void referencesResolveAcrossFilesOfOneResourceSet() throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment directory = files.parse("""
				deployment Fabrikam {
					domain FABRIKAM dns "fabrikam.com" { controller DC01 }
					account FABRIKAM\\ASPUSER
				}
				""", "directory.ccf", resourceSet);
		Deployment web = files.parse("""
				deployment Fabrikam {
					server CCFIIS in FABRIKAM iis 7.0 kernel-mode {
						pool CcfPool identity ASPUSER
						service AgentCredentials in CcfPool
					}
					alias CCFIISAlias for CCFIIS
					spn host/ccfiisalias.fabrikam.com on ASPUSER
					spn ldap/dc01.fabrikam.com on DC01
				}
				""", "web.ccf", resourceSet);

		CcfFiles.assertNoErrors(resourceSet);
		WebServer server = web.getWebServers().get(0);
		assertThat(server.getDomain()).isSameAs(directory.getDomains().get(0));
		assertThat(server.getAppPools().get(0).getIdentity()).isSameAs(directory.getAccounts().get(0));
		assertThat(web.getSpns().get(1).getOwner()).isSameAs(directory.getDomains().get(0).getControllers().get(0));
		assertThat(web.getAliases().get(0).getTargets()).containsExactly(server);
	}

	@Test
	void aNameOfThisFileShadowsTheSameNameInAnotherFile() throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		files.parse("deployment A { account ASPUSER }", "a.ccf", resourceSet);
		Deployment b = files.parse("deployment B { account ASPUSER server S { pool P identity ASPUSER } }", "b.ccf",
				resourceSet);

		CcfFiles.assertNoErrors(resourceSet);
		assertThat(b.getWebServers().get(0).getAppPools().get(0).getIdentity()).isSameAs(b.getAccounts().get(0));
	}

	@Test
	void installationsSeeOnlyThePoolsOfTheirServer() throws IOException {
		Deployment deployment = files.parse("""
				deployment D {
					server A { pool CcfPool }
					server B { service Customer in CcfPool }
				}
				""", "pools.ccf", files.newResourceSet());

		assertThat(errors(deployment.eResource())).contains("CcfPool");
	}

	@Test
	void everyServiceOfTheCatalogueResolvesByItsShortName() throws IOException {
		StringBuilder text = new StringBuilder("deployment D { server S { pool P\n");
		CcfServiceCatalogs.createCcf2009().getServices()
				.forEach(s -> text.append("service ").append(s.getName()).append(" in P\n"));
		Deployment deployment = files.parse(text.append("} }").toString(), "catalogue.ccf", files.newResourceSet());

		CcfFiles.assertNoErrors(deployment.eResource().getResourceSet());
		assertThat(deployment.getWebServers().get(0).getServices()).hasSize(12)
				.allSatisfy(i -> assertThat(i.getService().getFullName()).startsWith("Microsoft.Ccf."));
		ServiceInstallation first = deployment.getWebServers().get(0).getServices().get(0);
		assertThat(first.getService().eResource().getURI()).isEqualTo(CcfServiceCatalogs.CCF_2009_URI);
	}

	@Test
	void unknownNamesAreLinkingErrors() throws IOException {
		Deployment deployment = files.parse("""
				deployment D {
					server S in NODOMAIN { pool P identity NOBODY service NoSuchService in P }
					alias X for NOSERVER
					spn host/x on NOONE
				}
				""", "unknown.ccf", files.newResourceSet());

		assertThat(errors(deployment.eResource())).contains("NODOMAIN", "NOBODY", "NoSuchService", "NOSERVER", "NOONE");
	}
}
