/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import java.util.stream.Collectors;

import ccf.workbench.remediation.plan.Action;
import ccf.workbench.remediation.plan.Performer;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;

/** How the plan view words groups, steps and their actions: one line each, and a step's whole detail. */
public final class StepText {

	private StepText() {
	}

	public static String group(StepGroup group) {
		Performer performer = group.performer();
		String hosts = performer.hosts().isEmpty() ? "" : " on " + String.join(", ", performer.hosts());
		return capitalized(performer.role().label()) + ": " + performer.name() + hosts;
	}

	public static String step(Step step) {
		return step.number() + ". " + step.title();
	}

	/** What the action does, as the command or change an administrator would recognise. */
	public static String action(Action action) {
		return switch (action) {
		case Action.AddCname cname -> "CNAME " + cname.aliasFqdn() + " → " + cname.canonicalName() + " in zone "
				+ cname.zone() + " on " + cname.dnsServer();
		case Action.RegisterSpn spn -> "setspn -S " + spn.spn() + " " + spn.account();
		case Action.RemoveSpn spn -> "setspn -D " + spn.spn() + " " + spn.account() + " (" + spn.reason() + ")";
		case Action.SetAppPoolCredentials credentials -> "useKernelMode=true useAppPoolCredentials=true on "
				+ credentials.location() + (credentials.hotfix962943() ? " (after hotfix KB 962943)" : "");
		case Action.RewriteEndpoints rewrite -> rewrite.endpoints().size() + " endpoint URL"
				+ (rewrite.endpoints().size() == 1 ? "" : "s") + " in " + rewrite.path();
		case Action.UpdateDatabaseUrls update -> "URLs in " + update.database() + " on " + update.server() + ": "
				+ update.hosts().stream().map(host -> host.oldHost() + " → " + host.newHost()).collect(Collectors.joining(", "));
		case Action.AddIntranetSites sites -> "Local Intranet zone: "
				+ sites.sites().stream().map(site -> site.scheme() + "://" + site.host()).collect(Collectors.joining(", "));
		case Action.PurgeTickets purge -> purge.system() ? "klist purge, also for SYSTEM (-li 0x3e7)" : "klist purge";
		};
	}

	/** Everything the plan says about a step, for the read-only detail. */
	public static String detail(Step step) {
		StringBuilder text = new StringBuilder();
		text.append(step(step)).append("\n\n");
		text.append("Article step: ").append(step.articleStep()).append('\n');
		text.append("Action (").append(step.action().kind()).append("): ").append(action(step.action())).append("\n\n");
		if (step.action() instanceof Action.RewriteEndpoints rewrite) {
			rewrite.endpoints().forEach(endpoint -> text.append("  ").append(endpoint.oldUrl()).append("\n  → ")
					.append(endpoint.newUrl()).append("\n    at ").append(endpoint.location()).append('\n'));
			text.append('\n');
		}
		if (!step.preconditions().isEmpty()) {
			text.append("Before:\n");
			step.preconditions().forEach(precondition -> text.append("  - ").append(precondition).append('\n'));
			text.append('\n');
		}
		text.append("Check: ").append(step.verification()).append("\n\n");
		text.append("Undo: ").append(step.undo()).append('\n');
		return text.toString();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
