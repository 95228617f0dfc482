/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide.contentassist;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import ccf.workbench.dsl.ide.contentassist.KnownHostNames.Name;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.query.HostQueries;

/**
 * Content assist of the {@code .ccf} language: Xtext's keywords and cross-references, plus the host names the model
 * already declares where a host name is written: an SPN's host, a client machine, an endpoint URL or SPN identity
 * (aliases, as KB 969803 asks), a Local Intranet site, an FQDN or a CNAME target.
 */
public class CcfContentProposalProvider extends IdeContentProposalProvider {

	private static final DeploymentPackage P = DeploymentPackage.eINSTANCE;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(assignment, context, acceptor);
		Deployment deployment = EcoreUtil2.getContainerOfType(context.getRootModel(), Deployment.class);
		EStructuralFeature feature = featureOf(assignment);
		if (deployment == null || feature == null) {
			return;
		}
		KnownHostNames known = KnownHostNames.of(deployment);
		EObject current = context.getCurrentModel();
		if (feature == P.getServicePrincipalName_Host() || feature == P.getServicePrincipalName_ServiceName()) {
			hostNames(known.names(), context, acceptor);
		} else if (feature == P.getClientGroup_Hosts()) {
			hostNames(known.names().stream().filter(name -> name.description().startsWith("client ")).toList(), context,
					acceptor);
		} else if (feature == P.getEndpointReference_Url()) {
			for (Name alias : known.aliases()) {
				string("http://" + alias.text() + "/", false, alias.description(), context, acceptor);
			}
		} else if (feature == P.getEndpointIdentity_Value()) {
			for (Name alias : known.aliases()) {
				string("host/" + alias.text(), true, alias.description(), context, acceptor);
			}
		} else if (feature == P.getClientGroup_LocalIntranetSites()) {
			for (Name alias : known.aliases()) {
				string(alias.text(), true, alias.description(), context, acceptor);
			}
		} else if (feature == P.getAlias_CanonicalName() && current instanceof Alias alias) {
			alias.getTargets().stream().filter(target -> !target.eIsProxy())
					.forEach(target -> string(HostQueries.effectiveFqdn(target), true, "web server " + target.getName(),
							context, acceptor));
		} else if (feature == P.getAlias_Fqdn() && current instanceof Alias alias && alias.getName() != null) {
			string(HostQueries.aliasFqdn(alias), true, "alias " + alias.getName() + " in its domain", context, acceptor);
		} else if (feature == P.getHost_Fqdn() && current instanceof Host host && host.getName() != null) {
			string(HostQueries.effectiveFqdn(host), true, host.getName() + " in its domain", context, acceptor);
		}
	}

	private static EStructuralFeature featureOf(Assignment assignment) {
		var type = GrammarUtil.containingParserRule(assignment).getType().getClassifier();
		return type instanceof org.eclipse.emf.ecore.EClass eClass ? eClass.getEStructuralFeature(assignment.getFeature())
				: null;
	}

	/** Bare host names, replacing the whole dotted name before the cursor (Xtext's prefix is only its last label). */
	private void hostNames(List<Name> names, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String text = context.getRootNode().getText();
		int start = context.getOffset();
		while (start > 0 && isHostNameChar(text.charAt(start - 1))) {
			start--;
		}
		String prefix = text.substring(start, context.getOffset());
		for (Name name : names) {
			accept(name.text(), prefix, name.description(), context, acceptor);
		}
	}

	private static boolean isHostNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
	}

	/**
	 * A string value: its opening quote, the value, and the closing quote when {@code complete} and none follows. The
	 * prefix is what is typed of the string so far.
	 */
	private void string(String value, boolean complete, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (value == null || value.isBlank()) {
			return;
		}
		String text = context.getRootNode().getText();
		int offset = context.getOffset();
		String prefix = context.getPrefix().startsWith("\"") ? context.getPrefix() : "";
		boolean closed = offset < text.length() && text.charAt(offset) == '"';
		String proposal = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + (complete && !closed ? "\"" : "");
		accept(proposal, prefix, description, context, acceptor);
	}

	private void accept(String proposal, String prefix, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!proposal.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
				|| proposal.equalsIgnoreCase(prefix)) {
			return;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(prefix);
		entry.setProposal(proposal);
		entry.setDescription(description);
		entry.setKind(ContentAssistEntry.KIND_VALUE);
		acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
	}
}
