/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.model.deployment.AppPool;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SpnStatus;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.samples.Kb969803Sample;

@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class SerializerTest {

	private static final DeploymentFactory F = DeploymentFactory.eINSTANCE;

	@Inject
	private CcfFiles files;

	@Inject
	private ISerializer serializer;

	private String serialize(Deployment deployment) {
		return serializer.serialize(deployment, SaveOptions.newBuilder().format().getOptions());
	}

	private Deployment reparse(String text) throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment deployment = files.parse(text, "reparsed.ccf", resourceSet);
		CcfFiles.assertNoErrors(resourceSet);
		return deployment;
	}

	@Test
	void sampleBuiltInCodeSerializesToTextThatParsesBackEqual() throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment sample = Kb969803Sample.create(resourceSet);
		// The formatter works on the text regions of an Xtext resource.
		resourceSet.createResource(URI.createURI("inmemory:/sample.ccf")).getContents().add(sample);

		String text = serialize(sample);

		assertThat(text).contains("account FABRIKAM\\ASPUSER", "service AgentCredentials in CcfPool",
				"controller DC01\n");
		assertThat(EcoreUtil.equals(reparse(text), sample)).as(text).isTrue();
	}

	@Test
	void stringsEscapeOnlyWhatDoubleQuotesNeed() throws IOException {
		Deployment deployment = reparse("deployment D { clients C kind mmc { mmc.exe.config { endpoint app-setting "
				+ "\"http://S/\" at \"/configuration/appSettings/add[@key='U']/@value\" } } }");
		deployment.getClientGroups().get(0).getConfigFile().setPath("C:\\Program Files\\\"q\"\ttab\u0001");

		String text = serialize(deployment);

		assertThat(text).contains("at \"/configuration/appSettings/add[@key='U']/@value\"",
				"mmc.exe.config \"C:\\\\Program Files\\\\\\\"q\\\"\\ttab\\u0001\"");
		assertThat(EcoreUtil.equals(reparse(text), deployment)).as(text).isTrue();
	}

	@Test
	void controllerOfAnotherDomainKeepsItsDomain() throws IOException {
		Deployment deployment = reparse("deployment D { domain A { controller DC01 in B } domain B }");

		assertThat(deployment.getDomains().get(0).getControllers().get(0).getDomain().getName()).isEqualTo("B");
		assertThat(serialize(deployment)).contains("controller DC01 in B");
	}

	@Test
	void controllerBelongsToTheDomainItIsDeclaredIn() throws IOException {
		Deployment deployment = reparse("deployment D { domain A { controller DC01 } }");

		assertThat(deployment.getDomains().get(0).getControllers().get(0).getDomain())
				.isSameAs(deployment.getDomains().get(0));
	}

	@Test
	void everyAttributeRoundTrips() throws IOException {
		String text = """
				deployment Everything description "all of it" {
					domain CORP dns "corp.example" {
						controller DC1 fqdn "dc1.corp.example" dns-server false
						record "www" a "10.0.0.1"
						record "alias" cname "www.corp.example."
					}
					account CORP\\svc-pool sam-account-name "svcpool" upn "svcpool@corp.example"
					server WEB-01 in CORP fqdn "web-01.corp.example" windows server-2012-r2 iis 8.5 kernel-mode site "CCF Site" hotfixes "KB1", "KB2" {
						applicationhost.config "C:\\\\applicationHost.config" local-copy "copies/applicationHost.config"
						pool P1 identity network-service
						pool P2 identity svc-pool
						pool P3 identity local-system svc-pool
						service Gateway in P2 path "/ccf/gateway" use-kernel-mode false use-app-pool-credentials true
							web.config "C:\\\\Web.config" {
								endpoint service "http://web-01/x.svc" at "/configuration/a" line 3 column 7 identity upn "svcpool@corp.example"
								endpoint application-setting "http://web-01/y.asmx" identity dns
							}
					}
					alias WEB for WEB-01 fqdn "web.corp.example" cname "web-01.corp.example"
					clients Agents kind agent-desktop {
						hosts PC1, pc2.corp.example
						local-intranet "http://web.corp.example", "https://web.corp.example"
						agentdesktop.exe.config "C:\\\\AgentDesktop.exe.config"
					}
					clients Admins kind mmc
					sql-server SQL1 in CORP fqdn "sql1.corp.example" instance "CCF" {
						database CCFInfrastructure {
							endpoint database "http://web-01/z.asmx" at "dbo.Settings.Value"
						}
					}
					spn MSSQLSvc/sql1.corp.example:1433 on SQL1 required
					spn ldap/dc1.corp.example/corp.example on DC1
					spn HTTP/dns.corp.example on svc-pool
					spn host/a.corp.example on svc-pool
				}
				""";
		Deployment deployment = reparse(text);

		String serialized = serialize(deployment);

		assertThat(EcoreUtil.equals(reparse(serialized), deployment)).as(serialized).isTrue();
		ServicePrincipalName sql = deployment.getSpns().get(0);
		assertThat(sql.getPort()).isEqualTo(1433);
		assertThat(sql.getStatus()).isEqualTo(SpnStatus.REQUIRED);
		assertThat(deployment.getSpns().get(1).getServiceName()).isEqualTo("corp.example");
		assertThat(deployment.getSpns().get(2).getHost()).isEqualTo("dns.corp.example");
		assertThat(serialized).contains("spn HTTP/dns.corp.example on svc-pool", "spn host/a.corp.example on svc-pool");
	}

	@Test
	void modelBuiltInCodeWithKeywordNamesSerializes() throws IOException {
		Deployment deployment = F.createDeployment();
		deployment.setName("server");
		WebServer server = F.createWebServer();
		server.setName("pool");
		AppPool pool = F.createAppPool();
		pool.setName("identity");
		pool.setIdentityType(AppPoolIdentityType.LOCAL_SERVICE);
		server.getAppPools().add(pool);
		deployment.getWebServers().add(server);
		files.newResourceSet().createResource(URI.createURI("inmemory:/code.ccf"))
				.getContents().add(deployment);

		String text = serialize(deployment);

		assertThat(text).contains("deployment ^server", "server ^pool", "pool ^identity identity local-service");
		assertThat(EcoreUtil.equals(reparse(text), deployment)).as(text).isTrue();
	}
}
