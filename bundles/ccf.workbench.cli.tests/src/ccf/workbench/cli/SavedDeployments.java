/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import ccf.workbench.model.catalog.CcfServiceCatalogs;
import ccf.workbench.model.deployment.Alias;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.DeploymentFactory;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceAccount;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.SpnStatus;
import ccf.workbench.model.deployment.WebServer;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.samples.Kb969803Sample;

/**
 * The KB 969803 sample in a resource set of its own, next to the CCF 2009 catalogue, so that the references to
 * the catalogue's services serialize as references into the catalogue resource; and the remediation applied to it.
 */
final class SavedDeployments {

	private static final DeploymentFactory F = DeploymentFactory.eINSTANCE;

	private final ResourceSet resourceSet = new ResourceSetImpl();
	final Deployment deployment;

	SavedDeployments() {
		resourceSet.getPackageRegistry().put(DeploymentPackage.eNS_URI, DeploymentPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		CcfServiceCatalogs.ccf2009(resourceSet);
		deployment = Kb969803Sample.create(resourceSet);
	}

	/** What the article asks for: the CNAME, the SPNs on the pool account, URLs on the alias, useAppPoolCredentials. */
	SavedDeployments remediate() {
		Alias alias = deployment.getAliases().get(0);
		WebServer iis = alias.getTargets().get(0);
		ServiceAccount aspUser = iis.getAppPools().get(0).getIdentity();

		DnsRecord cname = F.createDnsRecord();
		cname.setName("ccfiisalias");
		cname.setType(DnsRecordType.CNAME);
		cname.setData(iis.effectiveFqdn());
		iis.getDomain().getRecords().add(cname);

		for (String host : new String[] { alias.getName(), alias.effectiveFqdn() }) {
			ServicePrincipalName spn = F.createServicePrincipalName();
			spn.setServiceClass("host");
			spn.setHost(host);
			spn.setOwner(aspUser);
			spn.setStatus(SpnStatus.REGISTERED);
			deployment.getSpns().add(spn);
		}

		for (EndpointReference endpoint : deployment.endpointsNamingRealServer()) {
			EndpointUrl url = EndpointUrl.parse(endpoint.getUrl()).orElseThrow();
			endpoint.setUrl(url.withHost(url.host().contains(".") ? alias.effectiveFqdn() : alias.getName()));
		}

		for (ServiceInstallation installation : iis.getServices()) {
			installation.setUseAppPoolCredentials(Boolean.TRUE);
		}
		return this;
	}

	/** Moves the deployment into an XMI resource at {@code file} and saves it there. */
	Path saveTo(Path file) throws IOException {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(deployment);
		resource.save(null);
		return file;
	}
}
