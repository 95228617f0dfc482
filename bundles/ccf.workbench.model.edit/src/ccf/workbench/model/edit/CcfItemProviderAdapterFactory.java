/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.edit;

import org.eclipse.emf.common.notify.Adapter;

import ccf.workbench.model.deployment.ConfigFile;
import ccf.workbench.model.deployment.DnsRecord;
import ccf.workbench.model.deployment.EndpointIdentity;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.deployment.provider.ConfigFileItemProvider;
import ccf.workbench.model.deployment.provider.DeploymentItemProviderAdapterFactory;
import ccf.workbench.model.deployment.provider.DnsRecordItemProvider;
import ccf.workbench.model.deployment.provider.EndpointIdentityItemProvider;
import ccf.workbench.model.deployment.provider.EndpointReferenceItemProvider;
import ccf.workbench.model.deployment.provider.ServiceInstallationItemProvider;
import ccf.workbench.model.deployment.provider.ServicePrincipalNameItemProvider;

/**
 * The generated item providers, with the labels an administrator reads: elements without a name of their own
 * are labelled by what identifies them (an SPN by its text and owner, an installed service by its name and pool,
 * an endpoint by its URL) instead of by their type alone.
 */
public class CcfItemProviderAdapterFactory extends DeploymentItemProviderAdapterFactory {

	@Override
	public Adapter createServicePrincipalNameAdapter() {
		return new ServicePrincipalNameItemProvider(this) {
			@Override
			public String getText(Object object) {
				ServicePrincipalName spn = (ServicePrincipalName) object;
				String owner = spn.getOwner() == null ? "?" : spn.getOwner().qualifiedAccountName();
				return spn.text() + " on " + owner;
			}
		};
	}

	@Override
	public Adapter createServiceInstallationAdapter() {
		return new ServiceInstallationItemProvider(this) {
			@Override
			public String getText(Object object) {
				ServiceInstallation installation = (ServiceInstallation) object;
				String service = installation.getService() == null ? "?" : installation.getService().getName();
				String pool = installation.getPool() == null ? "?" : installation.getPool().getName();
				return service + " in " + pool;
			}
		};
	}

	@Override
	public Adapter createEndpointReferenceAdapter() {
		return new EndpointReferenceItemProvider(this) {
			@Override
			public String getText(Object object) {
				String url = ((EndpointReference) object).getUrl();
				return url == null || url.isEmpty() ? "(address filled in at run time)" : url;
			}
		};
	}

	@Override
	public Adapter createConfigFileAdapter() {
		return new ConfigFileItemProvider(this) {
			@Override
			public String getText(Object object) {
				ConfigFile file = (ConfigFile) object;
				String path = file.getPath() == null ? "" : file.getPath();
				String name = path.substring(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1);
				return name.isEmpty() ? String.valueOf(file.getKind()) : name + " (" + path + ")";
			}
		};
	}

	@Override
	public Adapter createDnsRecordAdapter() {
		return new DnsRecordItemProvider(this) {
			@Override
			public String getText(Object object) {
				DnsRecord record = (DnsRecord) object;
				return record.fqdn() + " " + record.getType() + " " + (record.getData() == null ? "" : record.getData());
			}
		};
	}

	@Override
	public Adapter createEndpointIdentityAdapter() {
		return new EndpointIdentityItemProvider(this) {
			@Override
			public String getText(Object object) {
				EndpointIdentity identity = (EndpointIdentity) object;
				String kind = identity.getKind() == null ? "identity" : identity.getKind().getLiteral();
				return kind + " " + (identity.getValue() == null ? "" : identity.getValue());
			}
		};
	}
}
