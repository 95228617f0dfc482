/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ccf.workbench.ui.editor.CcfContentAssistProcessor;
import ccf.workbench.ui.editor.CcfMarkerResolutions;
import ccf.workbench.ui.editor.CcfProblemMarkers;
import ccf.workbench.ui.editor.CcfProjectNature;
import ccf.workbench.ui.editor.CcfQuickAssistProcessor;
import ccf.workbench.ui.editor.CcfTextHover;
import ccf.workbench.ui.editor.CcfValidationReconciler.ProblemAnnotation;

/** The .ccf editor in the real workbench: problems as you type, content assist, highlighting. */
class CcfEditorUiTest {

	private ArticleProject article;
	private IWorkbenchPage page;
	private IProject project;
	private ITextEditor editor;

	@BeforeEach
	void openTheArticlesModel() throws Exception {
		article = ArticleProject.create("Fabrikam");
		page = article.page;
		project = article.project;
		IEditorPart part = article.open();
		assertThat(part).isInstanceOf(ITextEditor.class);
		editor = (ITextEditor) part;
	}

	@AfterEach
	void close() throws Exception {
		article.delete();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private ISourceViewer viewer() {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	private List<ProblemAnnotation> problems() {
		List<ProblemAnnotation> problems = new ArrayList<>();
		IAnnotationModel model = viewer().getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotation problem) {
				problems.add(problem);
			}
		}
		return problems;
	}

	private static List<String> codes(List<ProblemAnnotation> problems) {
		return problems.stream().map(p -> p.issue().getCode()).toList();
	}

	@Test
	void theArticlesProblemsAppearInTheEditorAsValidateReportsThem() throws Exception {
		UiEvents.waitUntil("the problems of the model", 30, () -> problems().size() >= 22);
		UiEvents.process();

		List<String> codes = codes(problems());
		assertThat(codes).hasSize(22).contains("alias-cname-missing", "spn-missing", "app-pool-credentials-missing",
				"endpoint-names-real-server", "alias-not-in-intranet-zone", "iis70-hotfix-962943");
		assertThat(codes.stream().filter("spn-missing"::equals)).hasSize(2);
		assertThat(editor.getSite().getId()).isEqualTo("org.eclipse.ui.genericeditor.GenericEditor");
		org.eclipse.swt.custom.StyledText widget = viewer().getTextWidget();
		assertThat(widget.getStyleRangeAtOffset(document().get().indexOf("\ndeployment") + 1)).as("keywords are coloured")
				.isNotNull();
		int name = document().get().indexOf("DC01");
		org.eclipse.swt.custom.StyleRange letters = widget.getStyleRangeAtOffset(name);
		org.eclipse.swt.custom.StyleRange digits = widget.getStyleRangeAtOffset(name + 2);
		assertThat(digits == null ? null : digits.foreground).as("the digits of a name are coloured as the name, not as a number")
				.isEqualTo(letters == null ? null : letters.foreground);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "ccf-editor-problems");
	}

	@Test
	void aProblemIsShownOnceInTheHoverWithItsRuleCodeAndTheHoverDescribesTheElement() throws Exception {
		UiEvents.waitUntil("the problems of the model", 30, () -> problems().size() >= 22);
		ProblemAnnotation credentials = problems().stream()
				.filter(p -> "app-pool-credentials-missing".equals(p.issue().getCode())).findFirst().orElseThrow();
		assertThat(credentials.getText()).isEqualTo(credentials.issue().getMessage() + " [app-pool-credentials-missing]");

		int offset = document().get().indexOf("service AgentCredentials") + "service ".length();
		CcfTextHover hover = new CcfTextHover();
		String info = hover.getHoverInfo(viewer(), hover.getHoverRegion(viewer(), offset));

		assertThat(info).startsWith("Ccf service AgentCredentials: ").contains("IIS location: Default Web Site/")
				.doesNotContain(credentials.issue().getMessage());
		assertThat(info.lines()).as("the hover does not wrap: its lines are kept short").allMatch(line -> line.length() <= 100);
	}

	@Test
	void typingUpdatesTheProblemsAndContentAssistOffersTheCatalogue() throws Exception {
		UiEvents.waitUntil("the problems of the model", 30, () -> problems().size() >= 22);
		IDocument document = document();
		int at = document.get().indexOf("service AgentCredentials in CcfPool") + "service ".length();

		document.replace(at, "AgentCredentials".length(), "AgentCredential");

		UiEvents.waitUntil("the unresolved service", 10, () -> codes(problems()).contains("unresolved-reference")
				|| codes(problems()).stream().anyMatch(c -> c != null && c.endsWith("Linking")));
		document.replace(at, "AgentCredential".length(), "");
		ICompletionProposal[] proposals = new CcfContentAssistProcessor().computeCompletionProposals(viewer(), at);
		List<String> offered = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertThat(offered).anySatisfy(p -> assertThat(p).startsWith("AgentCredentials"))
				.anySatisfy(p -> assertThat(p).startsWith("ConfigManagementDataService"))
				.anySatisfy(p -> assertThat(p).startsWith("MultichannelSite"));
		viewer().setSelectedRange(at, 0);
		((ITextOperationTarget) viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		UiEvents.process();
		Screenshots.save(page.getWorkbenchWindow().getShell(), "ccf-editor-content-assist");
	}

	private IMarker[] markers() throws Exception {
		return project.findMarkers(CcfProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	@Test
	void theBuilderListsTheProblemsInTheProblemsViewAndFixesThemFromThere() throws Exception {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		UiEvents.waitUntil("the markers of the build", 30, () -> {
			try {
				return markers().length == 22;
			} catch (Exception e) {
				return false;
			}
		});
		page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
		UiEvents.process();
		Screenshots.save(page.getWorkbenchWindow().getShell(), "ccf-problems-view");

		IMarker credentials = Arrays.stream(markers())
				.filter(m -> "app-pool-credentials-missing".equals(m.getAttribute(CcfProblemMarkers.CODE, "")))
				.min(java.util.Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0))) // the first service's
				.orElseThrow();
		IMarkerResolution[] resolutions = new CcfMarkerResolutions().getResolutions(credentials);
		assertThat(resolutions).extracting(IMarkerResolution::getLabel).containsExactly("Set use-app-pool-credentials true");
		resolutions[0].run(credentials);

		assertThat(document().get()).contains("service AgentCredentials in CcfPool use-app-pool-credentials true");
		UiEvents.waitUntil("one problem less in the editor", 10,
				() -> codes(problems()).stream().filter("app-pool-credentials-missing"::equals).count() == 11);
	}

	@Test
	void ctrl1FixesAMissingSpnAndTheProblemGoes() throws Exception {
		UiEvents.waitUntil("the problems of the model", 30, () -> problems().size() >= 22);
		ProblemAnnotation spn = problems().stream().filter(p -> "spn-missing".equals(p.issue().getCode())).findFirst()
				.orElseThrow();
		int offset = viewer().getAnnotationModel().getPosition(spn).getOffset();

		ICompletionProposal[] fixes = new CcfQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer(), offset, 0));
		assertThat(fixes).extracting(ICompletionProposal::getDisplayString).contains(
				"Register host/CCFIISAlias on ASPUSER", "Register host/ccfiisalias.fabrikam.com on ASPUSER",
				"Add the CNAME ccfiisalias.fabrikam.com -> ccfiis.fabrikam.com to FABRIKAM");
		Arrays.stream(fixes).filter(f -> f.getDisplayString().startsWith("Register")).findFirst().orElseThrow()
				.apply(document());

		assertThat(document().get()).containsPattern("\\tspn host/(CCFIISAlias|ccfiisalias\\.fabrikam\\.com) on ASPUSER\\n}");
		UiEvents.waitUntil("the fixed SPN problem to go", 10,
				() -> codes(problems()).stream().filter("spn-missing"::equals).count() == 1);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "ccf-editor-quick-fix");
	}

	@Test
	void formatToggleCommentAndGoToDefinition() throws Exception {
		IDocument document = document();
		document.replace(0, 0, "deployment   Loose   {   }\n");
		int spnLine = document.getLineOfOffset(document.get().indexOf("spn host/CCFIIS on CCFIIS"));

		ccf.workbench.ui.editor.CcfToggleCommentHandler.toggle(document, spnLine, spnLine + 1);
		assertThat(document.get()).contains("\t// spn host/CCFIIS on CCFIIS\n\t// spn host/ccfiis.fabrikam.com on CCFIIS\n");
		ccf.workbench.ui.editor.CcfToggleCommentHandler.toggle(document, spnLine, spnLine + 1);
		assertThat(document.get()).contains("\tspn host/CCFIIS on CCFIIS\n\tspn host/ccfiis.fabrikam.com on CCFIIS\n");

		document.replace(0, "deployment   Loose   {   }\n".length(), "");
		String before = document.get();
		ccf.workbench.ui.editor.CcfFormatHandler.format(document);
		assertThat(document.get()).isEqualTo(before);

		int reference = document.get().indexOf("identity ASPUSER") + "identity ".length() + 2;
		org.eclipse.jface.text.hyperlink.IHyperlink[] links = new ccf.workbench.ui.editor.CcfHyperlinkDetector()
				.detectHyperlinks(viewer(), new org.eclipse.jface.text.Region(reference, 0), false);
		assertThat(links).hasSize(1);
		links[0].open();
		org.eclipse.swt.graphics.Point selection = viewer().getSelectedRange();
		assertThat(document.get().substring(selection.x, selection.x + selection.y)).isEqualTo("ASPUSER");
		assertThat(selection.x).isEqualTo(document.get().indexOf("account FABRIKAM\\ASPUSER") + "account FABRIKAM\\".length());
	}

	@Test
	void theNewDeploymentWizardCreatesACheckedProjectWithTheArticlesModel() throws Exception {
		ccf.workbench.ui.editor.wizards.NewDeploymentWizard wizard = new ccf.workbench.ui.editor.wizards.NewDeploymentWizard();
		wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		FinishableDialog dialog = new FinishableDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		org.eclipse.swt.widgets.Text name = findText(dialog.getShell());
		name.setText("Contoso");
		UiEvents.process();
		Screenshots.save(dialog.getShell(), "new-deployment-wizard");
		dialog.finish();
		UiEvents.process();

		IProject contoso = ResourcesPlugin.getWorkspace().getRoot().getProject("Contoso");
		try {
			assertThat(contoso.hasNature(CcfProjectNature.ID)).isTrue();
			assertThat(contoso.getFile("Contoso.ccf").exists()).isTrue();
			assertThat(page.getActiveEditor().getEditorInput().getName()).isEqualTo("Contoso.ccf");
			String text = new String(contoso.getFile("Contoso.ccf").getContents().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(text).contains("deployment Contoso", "alias CCFIISAlias for CCFIIS");
		} finally {
			page.closeAllEditors(false);
			contoso.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void theGenerateWizardPreviewsAndWritesTheRemediation() throws Exception {
		ccf.workbench.ui.editor.wizards.GenerateWizard wizard = new ccf.workbench.ui.editor.wizards.GenerateWizard(
				project.getFile("kb969803-fabrikam.ccf"));
		FinishableDialog dialog = new FinishableDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.next();
		UiEvents.process();
		Screenshots.save(dialog.getShell(), "generate-wizard-preview");
		dialog.finish();
		UiEvents.process();

		org.eclipse.core.resources.IFolder folder = project.getFolder("remediation");
		assertThat(folder.getFile("runbook.html").exists()).isTrue();
		assertThat(folder.getFile("plan.json").exists()).isTrue();
		assertThat(folder.getFile("samba/remediate.sh").exists()).isTrue();
		assertThat(folder.getFile("MANIFEST.sha256").exists()).isTrue();
		String runbook = new String(folder.getFile("runbook.md").getContents().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(runbook).contains("CCFIISAlias");
	}

	@Test
	void theImportWizardTurnsCopiedConfigurationFilesIntoACheckedProject() throws Exception {
		Path fixtures = Path.of(System.getProperty("ccf.examples", "../../examples")).toAbsolutePath().getParent()
				.resolve("bundles/ccf.workbench.configs.tests/fixtures/ccf");
		ccf.workbench.ui.editor.wizards.ImportConfigurationWizard wizard = new ccf.workbench.ui.editor.wizards.ImportConfigurationWizard();
		wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		FinishableDialog dialog = new FinishableDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<org.eclipse.swt.widgets.Text> texts = new ArrayList<>();
		collectTexts(dialog.getShell(), texts);
		texts.get(0).setText(fixtures.toString());
		texts.get(1).setText("Imported");
		texts.get(8).setText("C:\\Program Files\\Microsoft CCF\\AgentDesktop\\AgentDesktop.exe.config");
		UiEvents.process();
		Screenshots.save(dialog.getShell(), "import-wizard");
		dialog.finish();
		UiEvents.process();
		assertThat(dialog.getShell() == null || dialog.getShell().isDisposed())
				.as(() -> "the wizard closed, but it says: " + dialog.getCurrentPage().getErrorMessage()).isTrue();

		IProject imported = ResourcesPlugin.getWorkspace().getRoot().getProject("Imported");
		try {
			assertThat(imported.getFile("configs/client/AgentDesktop/AgentDesktop.exe.config").exists()).isTrue();
			String model = new String(imported.getFile("Imported.ccf").getContents().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(model).contains("deployment Imported", "service Customer in CcfPool",
					"local-copy \"configs/client/AgentDesktop/AgentDesktop.exe.config\"");
			assertThat(imported.hasNature(CcfProjectNature.ID)).isTrue();
			assertThat(page.getActiveEditor().getEditorInput().getName()).isEqualTo("Imported.ccf");
		} finally {
			page.closeAllEditors(false);
			imported.delete(true, true, new NullProgressMonitor());
		}
	}

	private static void collectTexts(org.eclipse.swt.widgets.Composite parent, List<org.eclipse.swt.widgets.Text> texts) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & org.eclipse.swt.SWT.BORDER) != 0) {
				texts.add(text);
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collectTexts(composite, texts);
			}
		}
	}

	@Test
	void renamingTheAliasChangesEveryReferenceInTheProject() throws Exception {
		IFile other = project.getFile("clients.ccf");
		other.create(new ByteArrayInputStream("deployment Fabrikam {\n\talias Second for CCFIIS\n}\n"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		IDocument document = document();
		String fragment = ccf.workbench.ui.editor.CcfDocumentModel.of(document).read((resource, text) -> resource
				.getURIFragment(((ccf.workbench.model.deployment.Deployment) resource.getContents().get(0)).getWebServers().get(0)));

		ccf.workbench.ui.editor.ProjectRename.rename(project.getFile("kb969803-fabrikam.ccf"), fragment, "CCFWEB");

		assertThat(document.get()).contains("server CCFWEB in FABRIKAM", "alias CCFIISAlias for CCFWEB",
				"spn host/CCFIIS on CCFWEB").doesNotContain(" for CCFIIS\n");
		assertThat(new String(other.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.isEqualTo("deployment Fabrikam {\n\talias Second for CCFWEB\n}\n");
	}

	@Test
	void theDeploymentExplorerIsTheOutlineOfTheEditor() throws Exception {
		ccf.workbench.ui.explorer.DeploymentExplorer explorer = (ccf.workbench.ui.explorer.DeploymentExplorer) page
				.showView(ccf.workbench.ui.explorer.DeploymentExplorer.ID);
		page.activate(editor);
		UiEvents.waitUntil("the explorer to show the editor's model", 10,
				() -> explorer.getContentDescription().contains("kb969803-fabrikam.ccf"));
		IDocument document = document();
		int alias = document.get().indexOf("\talias CCFIISAlias") + "\talias ".length();
		document.replace(alias, "CCFIISAlias".length(), "CcfFront");
		UiEvents.waitUntil("the explorer to show the renamed alias", 10, () -> explorer.getDeployment().getAliases().get(0)
				.getName().equals("CcfFront"), () -> explorer.getContentDescription() + " shows alias "
						+ explorer.getDeployment().getAliases().get(0).getName() + "; the editor: "
						+ document.get().substring(alias - 6, alias + 12));

		page.activate(explorer);
		explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
				explorer.getDeployment().getAliases().get(0)), true);
		UiEvents.process();

		org.eclipse.swt.graphics.Point selection = viewer().getSelectedRange();
		assertThat(document.get().substring(selection.x, selection.x + selection.y)).isEqualTo("CcfFront");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "explorer-outline");
	}

	@Test
	void findReferencesListsWhereThePoolIsNamed() throws Exception {
		IDocument document = document();
		String fragment = ccf.workbench.ui.editor.CcfDocumentModel.of(document).read((resource, text) -> resource
				.getURIFragment(((ccf.workbench.model.deployment.Deployment) resource.getContents().get(0)).getWebServers().get(0)
						.getAppPools().get(0)));

		List<ccf.workbench.ui.editor.CcfFindReferencesHandler.Reference> references = ccf.workbench.ui.editor.CcfFindReferencesHandler
				.find(project.getFile("kb969803-fabrikam.ccf"), fragment);

		assertThat(references).hasSize(12).allSatisfy(reference -> assertThat(reference.toString())
				.matches("kb969803-fabrikam\\.ccf:\\d+: service \\w+ in CcfPool"));
		assertThat(document.get().substring(references.get(0).offset(), references.get(0).offset() + references.get(0).length()))
				.isEqualTo("CcfPool");
	}

	/** A wizard dialog whose Finish button a test can press. */
	private static final class FinishableDialog extends org.eclipse.jface.wizard.WizardDialog {

		FinishableDialog(org.eclipse.swt.widgets.Shell shell, org.eclipse.jface.wizard.IWizard wizard) {
			super(shell, wizard);
		}

		void finish() {
			finishPressed();
		}

		void next() {
			nextPressed();
		}
	}

	private static org.eclipse.swt.widgets.Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & org.eclipse.swt.SWT.BORDER) != 0) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Text found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
