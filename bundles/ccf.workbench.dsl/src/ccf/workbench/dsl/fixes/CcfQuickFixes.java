/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.QuickFix.Edit;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.Domain;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.validation.Rule;

/**
 * The quick fixes of the rules that have one: each is a small text edit that keeps the rest of the file (layout,
 * comments) as it is.
 * <ul>
 * <li>{@code endpoint-names-real-server}: the URL gets the alias as host;</li>
 * <li>{@code spn-missing}: the SPN is registered on the app-pool account;</li>
 * <li>{@code alias-cname-missing}: the CNAME record is added to the alias's DNS zone;</li>
 * <li>{@code app-pool-credentials-missing}: the service gets {@code use-app-pool-credentials true};</li>
 * <li>{@code alias-not-in-intranet-zone}: the alias is added to the clients' Local Intranet sites;</li>
 * <li>and the edits of the model in {@link ModelEditFixes}: SPNs removed or moved, CNAMEs retargeted, kernel-mode
 * authentication turned off on IIS 6, a missing alias added.</li>
 * </ul>
 */
public class CcfQuickFixes {

	private static final DeploymentPackage P = DeploymentPackage.eINSTANCE;

	@Inject
	private IValueConverterService converters;

	@Inject
	private ModelEditFixes modelEditFixes;

	/** @return whether {@code code} has a quick fix */
	public static boolean hasFix(String code) {
		Rule rule = code == null ? null : Rule.ofCode(code);
		return rule == Rule.ENDPOINT_NAMES_REAL_SERVER || rule == Rule.SPN_MISSING || rule == Rule.ALIAS_CNAME_MISSING
				|| rule == Rule.APP_POOL_CREDENTIALS_MISSING || rule == Rule.ALIAS_NOT_IN_INTRANET_ZONE
				|| rule != null && ModelEditFixes.hasFix(rule);
	}

	/** @return the fixes of {@code issue} in {@code resource} (parsed from the text the issue was reported on) */
	public List<QuickFix> fixes(XtextResource resource, Issue issue) {
		List<QuickFix> fixes = new ArrayList<>();
		Rule rule = issue.getCode() == null ? null : Rule.ofCode(issue.getCode());
		EObject target = issue.getUriToProblem() == null ? null
				: resource.getEObject(issue.getUriToProblem().fragment());
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		if (rule == null || target == null) {
			return fixes;
		}
		switch (rule) {
		case ENDPOINT_NAMES_REAL_SERVER -> {
			if (target instanceof EndpointReference endpoint && data.length >= 3) {
				replaceValue(endpoint, P.getEndpointReference_Url(), quote(data[2]))
						.ifPresent(edit -> fixes.add(new QuickFix("Change the host to " + data[1], List.of(edit))));
			}
		}
		case SPN_MISSING -> {
			Deployment deployment = deploymentOf(target);
			if (deployment != null && data.length >= 2) {
				beforeClosingBrace(deployment, "spn " + data[0] + " on " + data[1]).ifPresent(
						edit -> fixes.add(new QuickFix("Register " + data[0] + " on " + data[1], List.of(edit))));
			}
		}
		case ALIAS_CNAME_MISSING -> {
			if (target instanceof Alias alias && alias.getTargets().stream().anyMatch(t -> t.getDomain() != null)
					&& data.length >= 2) {
				Domain domain = alias.getTargets().stream().map(t -> t.getDomain()).filter(d -> d != null).findFirst().get();
				String record = "record " + quote(data[0] + ".") + " cname " + quote(data[1]);
				intoBlock(domain, record).ifPresent(edit -> fixes.add(new QuickFix("Add the CNAME " + data[0] + " -> "
						+ data[1] + " to " + domain.getName(), List.of(edit))));
			}
		}
		case APP_POOL_CREDENTIALS_MISSING -> {
			if (target instanceof ServiceInstallation installation) {
				useAppPoolCredentials(installation).ifPresent(edit -> fixes.add(
						new QuickFix("Set use-app-pool-credentials true", List.of(edit))));
			}
		}
		case ALIAS_NOT_IN_INTRANET_ZONE -> {
			if (target instanceof ClientGroup group && data.length >= 1) {
				intranetSite(group, quote(data[0])).ifPresent(edit -> fixes.add(new QuickFix("Add " + data[0]
						+ " to the Local Intranet sites of " + group.getName(), List.of(edit))));
			}
		}
		default -> fixes.addAll(modelEditFixes.fixes(rule, target, data));
		}
		return fixes;
	}

	private String quote(String value) {
		return converters.toString(value, "STRING");
	}

	private static Deployment deploymentOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Deployment deployment) {
				return deployment;
			}
		}
		return null;
	}

	private static java.util.Optional<Edit> replaceValue(EObject object, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (nodes.isEmpty()) {
			return java.util.Optional.empty();
		}
		INode node = nodes.get(0);
		return java.util.Optional.of(new Edit(node.getOffset(), node.getLength(), text));
	}

	/** A new line with {@code text} just before the closing brace of {@code object}'s block. */
	private static java.util.Optional<Edit> beforeClosingBrace(EObject object, String text) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		ILeafNode brace = lastLeaf(node, "}");
		if (brace == null) {
			return java.util.Optional.empty();
		}
		String document = node.getRootNode().getText();
		String braceIndent = indentationOf(document, brace.getOffset());
		String childIndent = braceIndent + "\t";
		int lineStart = lineStart(document, brace.getOffset());
		if (braceIndent != null && lineStart >= 0) {
			return java.util.Optional.of(new Edit(lineStart, 0, childIndent + text + "\n"));
		}
		return java.util.Optional.of(new Edit(brace.getOffset(), 0, text + " "));
	}

	/** Into the block of {@code object}, creating the block when it has none. */
	private static java.util.Optional<Edit> intoBlock(EObject object, String text) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (lastLeaf(node, "}") != null) {
			return beforeClosingBrace(object, text);
		}
		String document = node.getRootNode().getText();
		String indent = indentationOf(document, node.getOffset());
		int end = node.getEndOffset();
		String base = indent == null ? "" : indent;
		return java.util.Optional.of(new Edit(end, 0, " {\n" + base + "\t" + text + "\n" + base + "}"));
	}

	private java.util.Optional<Edit> useAppPoolCredentials(ServiceInstallation installation) {
		List<INode> existing = NodeModelUtils.findNodesForFeature(installation, P.getServiceInstallation_UseAppPoolCredentials());
		if (!existing.isEmpty()) {
			INode value = existing.get(0);
			return java.util.Optional.of(new Edit(value.getOffset(), value.getLength(), "true"));
		}
		int end = -1;
		for (EStructuralFeature feature : List.of(P.getServiceInstallation_Service(), P.getServiceInstallation_Pool(),
				P.getServiceInstallation_VirtualPath(), P.getServiceInstallation_UseKernelMode())) {
			for (INode node : NodeModelUtils.findNodesForFeature(installation, feature)) {
				end = Math.max(end, node.getEndOffset());
			}
		}
		return end < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Edit(end, 0, " use-app-pool-credentials true"));
	}

	private static java.util.Optional<Edit> intranetSite(ClientGroup group, String site) {
		List<INode> sites = NodeModelUtils.findNodesForFeature(group, P.getClientGroup_LocalIntranetSites());
		if (!sites.isEmpty()) {
			return java.util.Optional.of(new Edit(sites.get(sites.size() - 1).getEndOffset(), 0, ", " + site));
		}
		ICompositeNode node = NodeModelUtils.getNode(group);
		String document = node.getRootNode().getText();
		String indent = indentationOf(document, node.getOffset());
		String base = indent == null ? "" : indent;
		List<INode> hosts = NodeModelUtils.findNodesForFeature(group, P.getClientGroup_Hosts());
		if (!hosts.isEmpty()) {
			return java.util.Optional.of(new Edit(hosts.get(hosts.size() - 1).getEndOffset(), 0,
					"\n" + base + "\tlocal-intranet " + site));
		}
		ILeafNode open = firstLeaf(node, "{");
		if (open != null) {
			return java.util.Optional.of(new Edit(open.getEndOffset(), 0, "\n" + base + "\tlocal-intranet " + site));
		}
		return java.util.Optional.of(new Edit(node.getEndOffset(), 0, " {\n" + base + "\tlocal-intranet " + site + "\n"
				+ base + "}"));
	}

	private static ILeafNode lastLeaf(ICompositeNode node, String text) {
		ILeafNode found = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				found = leaf;
			}
		}
		// Only a brace that closes this element's own block: the last non-hidden leaf.
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return found != null && found == last ? found : null;
	}

	private static ILeafNode firstLeaf(ICompositeNode node, String text) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	/** @return the whitespace before {@code offset} on its line, or null when other text precedes it */
	private static String indentationOf(String text, int offset) {
		int start = lineStart(text, offset);
		return start < 0 ? null : text.substring(start, offset);
	}

	private static int lineStart(String text, int offset) {
		int i = offset;
		while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
			i--;
			if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
				return -1;
			}
		}
		return i;
	}
}
