/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.ide.highlighting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.EndpointIdentity;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.Host;
import ccf.workbench.model.deployment.IdentityKind;
import ccf.workbench.model.deployment.NamedElement;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.query.HostQueries;

/**
 * Colours {@code .ccf} text by meaning, from the linked model: declared names, references by the kind of their
 * target, unresolved references, SPNs, and endpoint URLs with the host that names the real server marked.
 */
public class CcfSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	private static final DeploymentPackage P = DeploymentPackage.eINSTANCE;

	/** The endpoints of the resource's deployment whose URL names a real server, found once per run. */
	private Set<EndpointReference> namingRealServer = Set.of();
	/** The style of each name a host or an alias answers to, by its {@link #key}; aliases win. */
	private Map<String, String> styleByName = Map.of();

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		Deployment deployment = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment d)
				? null : d;
		namingRealServer = deployment == null ? Set.of() : Set.copyOf(deployment.endpointsNamingRealServer());
		styleByName = deployment == null ? Map.of() : styleByName(deployment);
		super.doProvideHighlightingFor(resource, acceptor, cancelIndicator);
	}

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof NamedElement) {
			highlightFeature(acceptor, object, P.getNamedElement_Name(), CcfHighlightingStyles.DECLARATION);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
				highlightReferences(object, reference, acceptor);
			}
		}
		switch (object) {
		case ServicePrincipalName spn -> highlightSpn(spn, acceptor);
		case EndpointIdentity identity when identity.getKind() == IdentityKind.SPN ->
			highlightFeature(acceptor, identity, P.getEndpointIdentity_Value(), CcfHighlightingStyles.SPN);
		case EndpointReference endpoint -> highlightUrl(endpoint, acceptor);
		default -> {
			// other elements carry no meaning beyond their names and references
		}
		}
		return false;
	}

	private void highlightReferences(EObject object, EReference reference, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		if (nodes.isEmpty()) {
			return;
		}
		Object value = object.eGet(reference, true);
		List<?> targets = reference.isMany() ? (List<?>) value : java.util.Collections.singletonList(value);
		for (int i = 0; i < nodes.size(); i++) {
			Object target = i < targets.size() ? targets.get(i) : null;
			highlightNode(acceptor, nodes.get(i), styleOf(target));
		}
	}

	private static String styleOf(Object target) {
		return switch (target) {
		case EObject proxy when proxy.eIsProxy() -> CcfHighlightingStyles.UNRESOLVED_REFERENCE;
		case Host host -> CcfHighlightingStyles.HOST_REFERENCE;
		case Alias alias -> CcfHighlightingStyles.ALIAS_REFERENCE;
		case ServiceAccount account -> CcfHighlightingStyles.ACCOUNT_REFERENCE;
		case CcfService service -> CcfHighlightingStyles.SERVICE_REFERENCE;
		case null -> CcfHighlightingStyles.UNRESOLVED_REFERENCE;
		default -> CcfHighlightingStyles.OTHER_REFERENCE;
		};
	}

	/** {@code spn host/ccfiisalias.fabrikam.com on ASPUSER}: the name as an SPN, its host by what it names. */
	private void highlightSpn(ServicePrincipalName spn, IHighlightedPositionAcceptor acceptor) {
		List<INode> first = NodeModelUtils.findNodesForFeature(spn, P.getServicePrincipalName_ServiceClass());
		List<INode> host = NodeModelUtils.findNodesForFeature(spn, P.getServicePrincipalName_Host());
		if (first.isEmpty() || host.isEmpty()) {
			return;
		}
		INode end = host.get(0);
		for (INode node : NodeModelUtils.findNodesForFeature(spn, P.getServicePrincipalName_ServiceName())) {
			end = node;
		}
		int offset = first.get(0).getOffset();
		acceptor.addPosition(offset, end.getEndOffset() - offset, CcfHighlightingStyles.SPN);
		String named = namedBy(spn.getHost());
		if (named != null) {
			highlightNode(acceptor, host.get(0), named);
		}
	}

	/** An endpoint's URL, with its host marked when it names the real server or an alias. */
	private void highlightUrl(EndpointReference endpoint, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(endpoint, P.getEndpointReference_Url());
		if (nodes.isEmpty() || endpoint.getUrl() == null || endpoint.getUrl().isEmpty()) {
			return;
		}
		INode node = nodes.get(0);
		highlightNode(acceptor, node, CcfHighlightingStyles.URL);
		EndpointUrl url = EndpointUrl.parse(endpoint.getUrl()).orElse(null);
		if (url == null) {
			return;
		}
		String hostName = url.text().substring(url.hostStart(), url.hostEnd());
		String style = namingRealServer.contains(endpoint) ? CcfHighlightingStyles.REAL_SERVER_HOST : namedBy(hostName);
		// The value follows the string's opening quote as written, unless an escape sequence comes before the host.
		String written = node.getText();
		if (style != null && written.length() > 1 + url.hostEnd()
				&& written.substring(1 + url.hostStart(), 1 + url.hostEnd()).equals(hostName)) {
			acceptor.addPosition(node.getOffset() + 1 + url.hostStart(), hostName.length(), style);
		}
	}

	/** @return the style of what a host name names: an alias or a host of the deployment, else null */
	private String namedBy(String hostName) {
		return hostName == null ? null : styleByName.get(key(hostName));
	}

	/** One look-up per name instead of a walk over every host and alias: big models have thousands of each. */
	private static Map<String, String> styleByName(Deployment deployment) {
		Map<String, String> styles = new HashMap<>();
		Stream.of(deployment.getWebServers().stream(), deployment.getSqlServers().stream(),
				deployment.getDomains().stream().flatMap(domain -> domain.getControllers().stream()))
				.flatMap(stream -> stream).forEach(host -> {
					put(styles, host.getName(), CcfHighlightingStyles.HOST_REFERENCE);
					put(styles, HostQueries.effectiveFqdn(host), CcfHighlightingStyles.HOST_REFERENCE);
				});
		for (Alias alias : deployment.getAliases()) {
			put(styles, alias.getName(), CcfHighlightingStyles.ALIAS_REFERENCE);
			put(styles, HostQueries.aliasFqdn(alias), CcfHighlightingStyles.ALIAS_REFERENCE);
		}
		return styles;
	}

	private static void put(Map<String, String> styles, String name, String style) {
		if (name != null && !name.isEmpty()) {
			styles.put(key(name), style);
		}
	}

	/** Host names compare without case and without a trailing dot, as {@link HostQueries#sameName} does. */
	private static String key(String name) {
		String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		return bare.toLowerCase(Locale.ROOT);
	}
}
