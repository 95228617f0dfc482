/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.CcfModelEdits;
import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.QuickFix;
import ccf.workbench.dsl.fixes.QuickFix.Edit;
import ccf.workbench.model.deployment.AppPoolIdentityType;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.WindowsVersion;

/** Editing a feature of an element as a minimal edit of the .ccf text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class ModelEditsTest {

	private static final DeploymentPackage P = DeploymentPackage.eINSTANCE;

	private static final String TEXT = """
			// The lab deployment.
			deployment Lab {
				domain CORP dns "corp.example" {
					controller DC01 dns-server true // the only DNS server
				}

				/* the app-pool account */
				account CORP\\SVC upn "svc@corp.example"
				account LOCAL

				server WEB01 in CORP windows server-2008 kernel-mode {
					pool Pool identity SVC
					pool Other identity network-service
					service AgentCredentials in Pool   // keep me
				}

				alias WebAlias for WEB01

				spn host/WebAlias on SVC
			}
			""";

	@Inject
	private CcfFiles files;

	@Inject
	private CcfModelEdits edits;

	private Deployment deployment;

	private Deployment parse(String text) throws IOException {
		XtextResourceSet resourceSet = files.newResourceSet();
		Deployment parsed = files.parse(text, "edited.ccf", resourceSet);
		assertThat(((XtextResource) parsed.eResource()).getParseResult().hasSyntaxErrors()).isFalse();
		return parsed;
	}

	private String set(String path, EStructuralFeature feature, Object value) throws IOException {
		deployment = parse(TEXT);
		EObject element = path.isEmpty() ? deployment : EcoreUtil.getEObject(deployment, path);
		List<Edit> made = edits.set(element, feature, value);
		return new QuickFix("edit", made).applyTo(TEXT);
	}

	/** The single edit changes exactly {@code before} into {@code after}, once, and nothing else. */
	private static void assertOnlyChange(String edited, String before, String after) {
		assertThat(TEXT).contains(before);
		assertThat(edited).isEqualTo(TEXT.replaceFirst(java.util.regex.Pattern.quote(before),
				java.util.regex.Matcher.quoteReplacement(after)));
	}

	@Test
	void aStringChangesOnlyBetweenItsQuotes() throws IOException {
		String edited = set("@domains.0", P.getDomain_DnsName(), "corp.example.com");
		assertOnlyChange(edited, "dns \"corp.example\"", "dns \"corp.example.com\"");
	}

	@Test
	void aStringIsEscapedByTheLanguage() throws IOException {
		String edited = set("@accounts.0", P.getServiceAccount_UserPrincipalName(), "a\"b\\c");
		assertOnlyChange(edited, "upn \"svc@corp.example\"", "upn \"a\\\"b\\\\c\"");
		assertThat(EcoreUtil.getEObject(parse(edited), "@accounts.0").eGet(P.getServiceAccount_UserPrincipalName()))
				.isEqualTo("a\"b\\c");
	}

	@Test
	void aBooleanChangesItsWord() throws IOException {
		String edited = set("@domains.0/@controllers.0", P.getDomainController_DnsServer(), false);
		assertOnlyChange(edited, "dns-server true", "dns-server false");
	}

	@Test
	void aKeywordFlagIsRemovedAndAdded() throws IOException {
		String removed = set("@webServers.0", P.getWebServer_KernelModeAuthentication(), false);
		assertOnlyChange(removed, "server-2008 kernel-mode {", "server-2008 {");
		String again = new QuickFix("again", edits.set(EcoreUtil.getEObject(parse(removed), "@webServers.0"),
				P.getWebServer_KernelModeAuthentication(), true)).applyTo(removed);
		assertThat(again).isEqualTo(TEXT);
	}

	@Test
	void anEnumWritesItsLiteral() throws IOException {
		String edited = set("@webServers.0", P.getWebServer_WindowsVersion(), WindowsVersion.SERVER_2012_R2);
		assertOnlyChange(edited, "windows server-2008 ", "windows server-2012-r2 ");
	}

	@Test
	void aReferenceNamesTheNewTarget() throws IOException {
		deployment = parse(TEXT);
		EObject installation = EcoreUtil.getEObject(deployment, "@webServers.0/@services.0");
		EObject other = EcoreUtil.getEObject(deployment, "@webServers.0/@appPools.1");
		assertThat(edits.candidates(installation, P.getServiceInstallation_Pool())).containsKeys("Pool", "Other");
		String edited = new QuickFix("edit", edits.set(installation, P.getServiceInstallation_Pool(), other)).applyTo(TEXT);
		assertOnlyChange(edited, "in Pool   // keep me", "in Other   // keep me");
	}

	@Test
	void anAbsentClauseIsInsertedWhereTheGrammarPutsIt() throws IOException {
		String fqdn = set("@webServers.0", P.getHost_Fqdn(), "web01.corp.example");
		assertOnlyChange(fqdn, "server WEB01 in CORP windows", "server WEB01 in CORP fqdn \"web01.corp.example\" windows");
		assertThat(parse(fqdn).getWebServers().get(0).getFqdn()).isEqualTo("web01.corp.example");

		String iis = set("@webServers.0", P.getWebServer_IisVersion(), ccf.workbench.model.deployment.IisVersion.IIS75);
		assertOnlyChange(iis, "server-2008 kernel-mode", "server-2008 iis 7.5 kernel-mode");

		String description = set("", P.getDeployment_Description(), "Lab // not a comment");
		assertOnlyChange(description, "deployment Lab {", "deployment Lab description \"Lab // not a comment\" {");
	}

	@Test
	void anAbsentClauseInsideAnOptionalGroupGetsItsKeyword() throws IOException {
		String type = set("@webServers.0/@appPools.0", P.getAppPool_IdentityType(), AppPoolIdentityType.SPECIFIC_USER);
		assertOnlyChange(type, "pool Pool identity SVC", "pool Pool identity specific-user SVC");

		String domain = set("@accounts.1", P.getPrincipal_Domain(), null);
		assertThat(domain).isEqualTo(TEXT);
		deployment = parse(TEXT);
		String inserted = new QuickFix("edit", edits.set(deployment.getAccounts().get(1), P.getPrincipal_Domain(),
				deployment.getDomains().get(0))).applyTo(TEXT);
		assertOnlyChange(inserted, "account LOCAL", "account CORP\\LOCAL");
	}

	@Test
	void clearingAValueRemovesItsClause() throws IOException {
		String upn = set("@accounts.0", P.getServiceAccount_UserPrincipalName(), null);
		assertOnlyChange(upn, "account CORP\\SVC upn \"svc@corp.example\"", "account CORP\\SVC");

		String identity = set("@webServers.0/@appPools.1", P.getAppPool_IdentityType(), null);
		assertOnlyChange(identity, "pool Other identity network-service", "pool Other");

		String domain = set("@accounts.0", P.getPrincipal_Domain(), null);
		assertOnlyChange(domain, "account CORP\\SVC", "account SVC");
	}

	@Test
	void aNewNameRenamesEveryReferenceInTheFile() throws IOException {
		String edited = set("@webServers.0", P.getNamedElement_Name(), "WEB02");
		assertThat(edited).isEqualTo(TEXT.replace("WEB01", "WEB02"));
	}

	@Test
	void invalidValuesAreRefusedWithAReason() throws IOException {
		assertThatThrownBy(() -> set("@webServers.0", P.getNamedElement_Name(), "two words"))
				.isInstanceOf(Refused.class).hasMessageContaining("not a valid name");
		assertThatThrownBy(() -> set("@webServers.0", P.getNamedElement_Name(), "9lives"))
				.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> set("@spns.0", P.getServicePrincipalName_Host(), "bad host"))
				.isInstanceOf(Refused.class).hasMessageContaining("not a host name");
		assertThatThrownBy(() -> set("@webServers.0/@services.0", P.getServiceInstallation_Service(), null))
				.isInstanceOf(Refused.class).hasMessageContaining("required");
		assertThatThrownBy(() -> set("", P.getDeployment_Aliases(), List.of()))
				.isInstanceOf(Refused.class).hasMessageContaining("holds elements");
	}

	@Test
	void deletingAnElementTakesItsLinesAndKeepsTheComments() throws IOException {
		deployment = parse(TEXT);
		EObject alias = deployment.getAliases().get(0);
		assertThat(edits.uses(alias)).isEmpty();
		String edited = new QuickFix("delete", edits.delete(alias)).applyTo(TEXT);
		assertThat(edited).isEqualTo(TEXT.replace("\talias WebAlias for WEB01\n\n", ""));

		EObject installation = deployment.getWebServers().get(0).getServices().get(0);
		String withoutService = new QuickFix("delete", edits.delete(installation)).applyTo(TEXT);
		assertThat(withoutService).isEqualTo(TEXT.replace("\t\tservice AgentCredentials in Pool   // keep me\n", ""));
	}

	@Test
	void aNewChildIsWrittenByTheSerializerAfterItsSiblings() throws IOException {
		deployment = parse(TEXT);
		ccf.workbench.model.deployment.DeploymentFactory factory = ccf.workbench.model.deployment.DeploymentFactory.eINSTANCE;
		ccf.workbench.model.deployment.WebServer server = factory.createWebServer();
		server.setName("WEB02");
		String edited = new QuickFix("add", edits.add(deployment, P.getDeployment_WebServers(), server)).applyTo(TEXT);
		assertOnlyChange(edited, "// keep me\n\t}\n", "// keep me\n\t}\n\n\tserver WEB02\n");
		assertThat(server.eContainer()).as("the model is left as it was").isNull();

		ccf.workbench.model.deployment.Alias alias = factory.createAlias();
		alias.setName("Alias2");
		edited = new QuickFix("add", edits.add(deployment, P.getDeployment_Aliases(), alias)).applyTo(TEXT);
		assertOnlyChange(edited, "alias WebAlias for WEB01\n", "alias WebAlias for WEB01\n\talias Alias2\n");

		ccf.workbench.model.deployment.SqlServer sql = factory.createSqlServer();
		sql.setName("SQL01");
		edited = new QuickFix("add", edits.add(deployment, P.getDeployment_SqlServers(), sql)).applyTo(TEXT);
		assertOnlyChange(edited, "on SVC\n}\n", "on SVC\n\tsql-server SQL01\n}\n");
		assertThat(parse(edited).getSqlServers()).extracting(s -> s.getName()).containsExactly("SQL01");
	}

	@Test
	void usesFindTheReferencesThatADeleteWouldBreak() throws IOException {
		deployment = parse(TEXT);
		assertThat(edits.uses(deployment.getWebServers().get(0))).extracting(use -> use.reference().getName())
				.containsExactly("targets");
		assertThat(edits.uses(deployment.getAccounts().get(0))).extracting(use -> use.reference().getName())
				.containsExactlyInAnyOrder("identity", "owner");
	}

	@Test
	void everyEditableFeatureOfTheExampleRoundTrips() throws IOException {
		String text = Files.readString(CcfFiles.examplesFolder().resolve("kb969803-fabrikam.ccf"));
		Deployment example = parse(text);
		int checked = 0;
		for (java.util.Iterator<EObject> it = example.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				if (!edits.isEditable(element, feature) || !element.eIsSet(feature)
						|| feature == P.getNamedElement_Name()
						|| org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(element, feature).isEmpty()) {
					continue;
				}
				// Writing the value it is written with changes nothing.
				assertThat(edits.set(element, feature, element.eGet(feature))).as(feature.getName()).isEmpty();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(20);
	}

	@Test
	void anEnumValueIsKnownByTheWordTheTextWritesItWith() {
		assertThat(edits.keyword(P.getWindowsVersion().getEEnumLiteral(WindowsVersion.SERVER_2008_R2.getName())))
				.isEqualTo("server-2008-r2");
		assertThat(edits.keyword(P.getAppPoolIdentityType().getEEnumLiteral(AppPoolIdentityType.NETWORK_SERVICE.getName())))
				.isEqualTo("network-service");
	}


	@Test
	void aListIsInsertedWithItsKeywordChangedValueByValueAndRemovedWhenEmpty() throws IOException {
		String inserted = set("@webServers.0", P.getWebServer_InstalledHotfixes(), List.of("KB962943", "KB970430"));
		assertOnlyChange(inserted, "server-2008 kernel-mode {",
				"server-2008 kernel-mode hotfixes \"KB962943\", \"KB970430\" {");

		Deployment withList = parse(inserted);
		EObject server = withList.getWebServers().get(0);
		String changed = new QuickFix("one", edits.set(server, P.getWebServer_InstalledHotfixes(),
				List.of("KB962943", "KB981002"))).applyTo(inserted);
		assertThat(changed).isEqualTo(inserted.replace("\"KB970430\"", "\"KB981002\""));
		String longer = new QuickFix("three", edits.set(server, P.getWebServer_InstalledHotfixes(),
				List.of("KB970430", "KB962943", "KB981002"))).applyTo(inserted);
		assertThat(longer).isEqualTo(inserted.replace("\"KB962943\", \"KB970430\"",
				"\"KB970430\", \"KB962943\", \"KB981002\""));
		assertThat(edits.set(server, P.getWebServer_InstalledHotfixes(), List.of("KB962943", "KB970430"))).isEmpty();
		assertThat(new QuickFix("none", edits.set(server, P.getWebServer_InstalledHotfixes(), List.of()))
				.applyTo(inserted)).isEqualTo(TEXT);
	}

}
