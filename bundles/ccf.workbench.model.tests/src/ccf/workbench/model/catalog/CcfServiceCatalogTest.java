/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import ccf.workbench.model.deployment.CcfService;
import ccf.workbench.model.deployment.CcfServiceCatalog;
import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.samples.Kb969803Sample;

/** The twelve CCF 2009 web services of KB 969803 and the catalogue's place in a resource set. */
class CcfServiceCatalogTest {

	/** The list at the end of the article's "Resolution" section, in its order. */
	private static final List<String> ARTICLE_SERVICES = List.of(
			"Microsoft.Ccf.Csr.WebServices.AgentCredentials",
			"Microsoft.Ccf.Csr.WebServices.AdminConsole",
			"Microsoft.Ccf.Csr.WebServices.ContactCenterAIF",
			"Microsoft.Ccf.Csr.WebServices.ContactCenter",
			"Microsoft.Ccf.Csr.WebServices.Customer",
			"Microsoft.Ccf.WebServices.Gateway",
			"Microsoft.Ccf.Samples.DemoWebApplication",
			"Microsoft.Ccf.Samples.MultichannelServer",
			"Microsoft.Ccf.Samples.MultichannelSite",
			"Microsoft.Ccf.Csr.WebServices.ContactCenter.AgentLoginManager",
			"Microsoft.Ccf.ConfigurationSystem.Server.ConfigurationService",
			"Microsoft.Ccf.ConfigManagementDataService");

	private final CcfServiceCatalog catalog = CcfServiceCatalogs.createCcf2009();

	@Test
	void holdsExactlyTheTwelveServicesOfTheArticle() {
		assertThat(catalog.getServices()).extracting(CcfService::getFullName).containsExactlyElementsOf(ARTICLE_SERVICES);
	}

	@Test
	void defaultVirtualPathIsTheArticlesName() {
		assertThat(catalog.getServices()).allSatisfy(s -> assertThat(s.getDefaultVirtualPath()).isEqualTo(s.getFullName()));
	}

	@Test
	void shortNamesFullNamesAndPathsAreUniqueInAnyCase() {
		assertThat(catalog.getServices()).extracting(s -> s.getName().toLowerCase(Locale.ROOT)).doesNotHaveDuplicates();
		assertThat(catalog.getServices()).extracting(s -> s.getFullName().toLowerCase(Locale.ROOT)).doesNotHaveDuplicates();
		assertThat(catalog.getServices()).extracting(s -> s.getDefaultVirtualPath().toLowerCase(Locale.ROOT))
				.doesNotHaveDuplicates();
	}

	@Test
	void shortNameIsTheLastSegmentOfTheFullName() {
		assertThat(catalog.getServices()).allSatisfy(s -> assertThat(s.getFullName()).endsWith("." + s.getName()));
	}

	@Test
	void onlyTheThreeSamplesAreFlaggedAsSamples() {
		assertThat(catalog.getServices()).filteredOn(CcfService::isSample).extracting(CcfService::getName)
				.containsExactly("DemoWebApplication", "MultichannelServer", "MultichannelSite");
	}

	@Test
	void everyServiceIsDescribed() {
		assertThat(catalog.getServices()).allSatisfy(s -> assertThat(s.getDescription()).isNotBlank());
		assertThat(catalog.getRelease()).isEqualTo("Customer Care Framework 2009");
	}

	@Test
	void findsByShortNameFullNameOrPathInAnyCase() {
		CcfService customer = catalog.getServices().get(4);

		assertThat(catalog.find("Customer")).isSameAs(customer);
		assertThat(catalog.find("customer")).isSameAs(customer);
		assertThat(catalog.find(" Customer ")).isSameAs(customer);
		assertThat(catalog.find("MICROSOFT.CCF.CSR.WEBSERVICES.CUSTOMER")).isSameAs(customer);
		assertThat(catalog.find("/Microsoft.Ccf.Csr.WebServices.Customer/")).isSameAs(customer);
	}

	@Test
	void findsTheExactServiceWhenOneNameStartsAnother() {
		assertThat(catalog.find("Microsoft.Ccf.Csr.WebServices.ContactCenter").getName()).isEqualTo("ContactCenter");
		assertThat(catalog.find("ContactCenterAIF").getName()).isEqualTo("ContactCenterAIF");
		assertThat(catalog.find("AgentLoginManager").getFullName())
				.isEqualTo("Microsoft.Ccf.Csr.WebServices.ContactCenter.AgentLoginManager");
	}

	@Test
	void findsNothingForPartsOrOtherNames() {
		assertThat(catalog.find(null)).isNull();
		assertThat(catalog.find("")).isNull();
		assertThat(catalog.find(" ")).isNull();
		assertThat(catalog.find("/")).isNull();
		assertThat(catalog.find("Cust")).isNull();
		assertThat(catalog.find("Microsoft.Ccf.Csr.WebServices")).isNull();
		assertThat(catalog.find("Microsoft.Ccf.Csr.WebServices.Customer/Customer.svc")).isNull();
		assertThat(catalog.find("CCF2009")).isNull();
	}

	@Test
	void resourceSetHoldsOneCatalogue() {
		ResourceSet resourceSet = new ResourceSetImpl();

		CcfServiceCatalog first = CcfServiceCatalogs.ccf2009(resourceSet);

		assertThat(CcfServiceCatalogs.ccf2009(resourceSet)).isSameAs(first);
		assertThat(resourceSet.getResources()).hasSize(1);
		assertThat(first.eResource().getURI()).isEqualTo(CcfServiceCatalogs.CCF_2009_URI);
	}

	@Test
	void eachResourceSetHasItsOwnCatalogue() {
		assertThat(CcfServiceCatalogs.ccf2009(new ResourceSetImpl()))
				.isNotSameAs(CcfServiceCatalogs.ccf2009(new ResourceSetImpl()));
	}

	@Test
	void theSampleInstallsTheServicesOfItsResourceSetsCatalogue() {
		ResourceSet resourceSet = new ResourceSetImpl();
		CcfServiceCatalog shared = CcfServiceCatalogs.ccf2009(resourceSet);

		Deployment sample = Kb969803Sample.create(resourceSet);

		assertThat(sample.getWebServers().get(0).getServices()).extracting(i -> i.getService())
				.containsExactlyElementsOf(shared.getServices());
		assertThat(resourceSet.getResources()).hasSize(2);
	}
}
