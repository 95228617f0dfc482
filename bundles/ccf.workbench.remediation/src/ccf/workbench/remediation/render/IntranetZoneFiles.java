/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import static ccf.workbench.remediation.escape.RegText.string;

import java.util.ArrayList;
import java.util.List;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.plan.Action.AddIntranetSites;
import ccf.workbench.remediation.plan.IntranetSite;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;

/**
 * The Local Intranet sites of each client group (article step 2) as data: a {@code .reg} file for the current user
 * ({@code ZoneMap\Domains}, value {@code http}=1) and one that removes the values again, and the entries of the Group
 * Policy "Site to Zone Assignment List" (User or Computer Configuration &gt; Administrative Templates &gt; Windows
 * Components &gt; Internet Explorer &gt; Internet Control Panel &gt; Security Page), which is the way for many clients.
 */
final class IntranetZoneFiles {

	private final RemediationPlan plan;

	IntranetZoneFiles(RemediationPlan plan) {
		this.plan = plan;
	}

	List<Artifact> render() {
		List<Artifact> artifacts = new ArrayList<>();
		for (StepGroup group : plan.groups()) {
			for (Step step : group.steps()) {
				if (step.action() instanceof AddIntranetSites zone) {
					artifacts.add(TextFile.reg(group.id() + "/local-intranet.reg", reg(zone, false)));
					artifacts.add(TextFile.reg(group.id() + "/local-intranet.rollback.reg", reg(zone, true)));
					artifacts.add(TextFile.unix(group.id() + "/site-to-zone-assignment.txt", gpo(step, zone)));
				}
			}
		}
		return artifacts;
	}

	private static String reg(AddIntranetSites zone, boolean remove) {
		Lines reg = new Lines();
		reg.add("Windows Registry Editor Version 5.00", "", "; KB 969803, step 2: " + (remove ? "removes the alias from" : "puts the alias in")
				+ " the Local Intranet zone (1) of the user who imports it.");
		for (IntranetSite site : zone.sites()) {
			ZoneMapKey key = ZoneMapKey.of(site.host());
			reg.blank().add("[HKEY_CURRENT_USER\\" + key.path() + "]",
					string(site.scheme(), "scheme") + "=" + (remove ? "-" : "dword:00000001"));
		}
		return reg.blank().toString();
	}

	private static String gpo(Step step, AddIntranetSites zone) {
		Lines gpo = new Lines();
		gpo.add("# KB 969803, step " + step.number() + ": Group Policy \"Site to Zone Assignment List\" (Administrative Templates >",
				"# Windows Components > Internet Explorer > Internet Control Panel > Security Page). Enter each line as",
				"# Value name <TAB> Value; 1 is the Local Intranet zone. The policy replaces the users' own lists.");
		for (IntranetSite site : zone.sites()) {
			gpo.add(site.url() + "\t1");
		}
		return gpo.toString();
	}
}
