/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.model.validation;

import java.util.List;

import ccf.workbench.model.deployment.ClientGroup;
import ccf.workbench.model.deployment.DnsRecordType;
import ccf.workbench.model.deployment.EndpointReference;
import ccf.workbench.model.deployment.ServiceInstallation;
import ccf.workbench.model.net.EndpointUrl;
import ccf.workbench.model.query.EndpointQueries;
import ccf.workbench.model.query.Fabrikam;

/**
 * The steps of the KB 969803 remediation applied to the sample, each with the rule whose findings it removes. All
 * of them together give the "fixed" sample, which has no findings at all.
 */
enum Remediation {

	/** dnscmd DC01 /RecordAdd fabrikam.com ccfiisalias CNAME ccfiis.fabrikam.com */
	CNAME(Rule.ALIAS_CNAME_MISSING) {
		@Override
		void apply(Fabrikam fabrikam) {
			fabrikam.addRecord("ccfiisalias", DnsRecordType.CNAME, "ccfiis.fabrikam.com.");
		}
	},
	/** setspn -S host/CCFIISAlias and host/ccfiisalias.fabrikam.com FABRIKAM\ASPUSER */
	SPNS(Rule.SPN_MISSING) {
		@Override
		void apply(Fabrikam fabrikam) {
			fabrikam.registerAliasSpns();
		}
	},
	/** Every URL naming CCFIIS moves to the alias: a short name stays short, an FQDN becomes the alias FQDN. */
	ENDPOINTS(Rule.ENDPOINT_NAMES_REAL_SERVER) {
		@Override
		void apply(Fabrikam fabrikam) {
			List<EndpointReference> naming = List.copyOf(fabrikam.deployment.endpointsNamingRealServer());
			for (EndpointReference endpoint : naming) {
				EndpointUrl url = EndpointUrl.parse(endpoint.getUrl()).orElseThrow();
				endpoint.setUrl(url.withHost(url.host().contains(".") ? fabrikam.alias().effectiveFqdn() : fabrikam.alias().getName()));
			}
		}
	},
	/** useAppPoolCredentials="true" for every CCF location in applicationHost.config. */
	APP_POOL_CREDENTIALS(Rule.APP_POOL_CREDENTIALS_MISSING) {
		@Override
		void apply(Fabrikam fabrikam) {
			for (ServiceInstallation installation : fabrikam.iis().getServices()) {
				installation.setUseAppPoolCredentials(Boolean.TRUE);
			}
		}
	},
	/** KB 962943 installed on the IIS 7.0 server. */
	HOTFIX(Rule.IIS70_HOTFIX_962943) {
		@Override
		void apply(Fabrikam fabrikam) {
			fabrikam.iis().getInstalledHotfixes().add("KB962943");
		}
	},
	/** The alias FQDN in every client group's Local Intranet sites. */
	INTRANET_ZONE(Rule.ALIAS_NOT_IN_INTRANET_ZONE) {
		@Override
		void apply(Fabrikam fabrikam) {
			for (ClientGroup group : fabrikam.deployment.getClientGroups()) {
				group.getLocalIntranetSites().add("http://ccfiisalias.fabrikam.com");
			}
		}
	};

	private final Rule fixes;

	Remediation(Rule fixes) {
		this.fixes = fixes;
	}

	/** The rule whose findings this step removes. */
	Rule fixes() {
		return fixes;
	}

	abstract void apply(Fabrikam fabrikam);

	/** The sample after every step of the remediation. */
	static Fabrikam fixed() {
		Fabrikam fabrikam = new Fabrikam();
		for (Remediation step : values()) {
			step.apply(fabrikam);
		}
		return fabrikam;
	}

	/** The findings of the rules for the sample. */
	static List<Finding> check(Fabrikam fabrikam) {
		return DeploymentRules.check(fabrikam.deployment);
	}
}
