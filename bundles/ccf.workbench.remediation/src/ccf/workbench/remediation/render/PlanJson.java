/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.escape.JsonText;
import ccf.workbench.remediation.plan.Action;
import ccf.workbench.remediation.plan.RemediationPlan;
import ccf.workbench.remediation.plan.Role;

/**
 * {@code plan.json}: the plan for other tools, as {@code schema/plan.schema.json} of this bundle describes it (see
 * {@code PLAN-JSON.md}). Written here rather than with a JSON library: the plan's records map to JSON one to one (record
 * components in declaration order, enums by their id), two-space indentation and LF, so the same plan gives the same
 * bytes.
 */
public final class PlanJson {

	/** The value of the {@code schema} member: bumped when a member changes meaning or disappears. */
	public static final String SCHEMA = "urn:ccf-workbench:remediation-plan:1";

	private PlanJson() {
	}

	public static Artifact render(RemediationPlan plan) {
		StringBuilder json = new StringBuilder(8192);
		json.append("{\n  \"schema\": ").append(JsonText.string(SCHEMA)).append(",\n  \"deployment\": ")
				.append(JsonText.string(plan.deployment())).append(",\n  \"hostRewrites\": ");
		value(json, plan.hostRewrites(), "  ");
		json.append(",\n  \"warnings\": ");
		value(json, plan.warnings(), "  ");
		json.append(",\n  \"groups\": ");
		value(json, plan.groups(), "  ");
		json.append("\n}\n");
		return TextFile.unix("plan.json", json.toString());
	}

	private static void value(StringBuilder json, Object value, String indent) {
		switch (value) {
		case null -> json.append("null");
		case String s -> json.append(JsonText.string(s));
		case Boolean b -> json.append(b);
		case Integer i -> json.append(i);
		case Role role -> json.append(JsonText.string(role.id()));
		case List<?> list -> list(json, list, indent);
		case Record record -> record(json, record, indent);
		default -> throw new IllegalArgumentException("no JSON form for " + value.getClass());
		}
	}

	private static void list(StringBuilder json, List<?> list, String indent) {
		if (list.isEmpty()) {
			json.append("[]");
			return;
		}
		json.append('[');
		String inner = indent + "  ";
		for (int i = 0; i < list.size(); i++) {
			json.append(i == 0 ? "" : ",").append('\n').append(inner);
			value(json, list.get(i), inner);
		}
		json.append('\n').append(indent).append(']');
	}

	private static void record(StringBuilder json, Record record, String indent) {
		json.append('{');
		String inner = indent + "  ";
		String separator = "\n";
		if (record instanceof Action action) {
			json.append(separator).append(inner).append("\"kind\": ").append(JsonText.string(action.kind()));
			separator = ",\n";
		}
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			json.append(separator).append(inner).append(JsonText.string(component.getName())).append(": ");
			value(json, read(component, record), inner);
			separator = ",\n";
		}
		json.append('\n').append(indent).append('}');
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		} catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException(e);
		}
	}
}
