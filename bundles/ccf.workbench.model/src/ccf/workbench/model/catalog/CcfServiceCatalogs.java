/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.catalog;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.CcfServiceCatalog;
import ccf.workbench.model.deployment.DeploymentFactory;

/**
 * The built-in catalogue of the twelve CCF 2009 web services, with the names KB 969803 gives them. A deployment
 * only says which of them are installed where; the catalogue lives in a resource of its own so that
 * references to it survive serialization.
 */
public final class CcfServiceCatalogs {

	/** The URI of the CCF 2009 catalogue resource in any resource set. */
	public static final URI CCF_2009_URI = URI.createURI("ccf-catalog:/ccf2009.catalog");

	/** Short name, name in the article, description; the default virtual path is the article's name. */
	private static final List<String[]> CCF_2009 = List.of(
			new String[] { "AgentCredentials", "Microsoft.Ccf.Csr.WebServices.AgentCredentials", "Stores and returns agents' credentials for hosted applications." },
			new String[] { "AdminConsole", "Microsoft.Ccf.Csr.WebServices.AdminConsole", "Serves the administration console (MMC snap-in)." },
			new String[] { "ContactCenterAIF", "Microsoft.Ccf.Csr.WebServices.ContactCenterAIF", "Application Integration Framework services of the contact center." },
			new String[] { "ContactCenter", "Microsoft.Ccf.Csr.WebServices.ContactCenter", "Contact center services used by Agent Desktop." },
			new String[] { "Customer", "Microsoft.Ccf.Csr.WebServices.Customer", "Customer lookup and customer data." },
			new String[] { "Gateway", "Microsoft.Ccf.WebServices.Gateway", "Gateway to back-end systems." },
			new String[] { "DemoWebApplication", "Microsoft.Ccf.Samples.DemoWebApplication", "Sample hosted web application." },
			new String[] { "MultichannelServer", "Microsoft.Ccf.Samples.MultichannelServer", "Sample multichannel server." },
			new String[] { "MultichannelSite", "Microsoft.Ccf.Samples.MultichannelSite", "Sample multichannel web site." },
			new String[] { "AgentLoginManager", "Microsoft.Ccf.Csr.WebServices.ContactCenter.AgentLoginManager", "Agent login and session management." },
			new String[] { "ConfigurationService", "Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService", "The configuration web service that Agent Desktop's ListenerConfiguration calls first." },
			new String[] { "ConfigManagementDataService", "Microsoft.Ccf.ConfigManagementDataService", "Configuration management data for the administration tools." });

	private CcfServiceCatalogs() {
	}

	/**
	 * The CCF 2009 catalogue of {@code resourceSet}, created on first use.
	 */
	public static CcfServiceCatalog ccf2009(ResourceSet resourceSet) {
		Resource resource = resourceSet.getResource(CCF_2009_URI, false);
		if (resource == null) {
			resource = new XMIResourceImpl(CCF_2009_URI);
			resource.getContents().add(createCcf2009());
			resourceSet.getResources().add(resource);
		}
		return (CcfServiceCatalog) resource.getContents().get(0);
	}

	/** A new, free-standing copy of the CCF 2009 catalogue. */
	public static CcfServiceCatalog createCcf2009() {
		DeploymentFactory factory = DeploymentFactory.eINSTANCE;
		CcfServiceCatalog catalog = factory.createCcfServiceCatalog();
		catalog.setName("CCF2009");
		catalog.setRelease("Customer Care Framework 2009");
		for (String[] entry : CCF_2009) {
			CcfService service = factory.createCcfService();
			service.setName(entry[0]);
			service.setFullName(entry[1]);
			service.setDefaultVirtualPath(entry[1]);
			service.setSample(entry[1].startsWith("Microsoft.Ccf.Samples."));
			service.setDescription(entry[2]);
			catalog.getServices().add(service);
		}
		return catalog;
	}
}
