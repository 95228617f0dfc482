/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.spn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.deployment.Principal;
import ccf.workbench.model.deployment.ServicePrincipalName;
import ccf.workbench.model.query.HostQueries;
import ccf.workbench.model.query.SpnQueries;
import ccf.workbench.model.validation.Finding;

/**
 * The deployment's principals (service accounts and the computer accounts that hold SPNs) against every SPN that is
 * registered or required, as an immutable table.
 *
 * @param principals row labels, {@code DOMAIN\sAMAccountName}
 * @param spns       column labels, as first written
 * @param cells      one row per principal, one cell per SPN
 */
public record SpnMatrix(List<String> principals, List<String> spns, List<List<SpnCell>> cells) {

	public static final SpnMatrix EMPTY = new SpnMatrix(List.of(), List.of(), List.of());

	public SpnMatrix {
		principals = List.copyOf(principals);
		spns = List.copyOf(spns);
		cells = cells.stream().map(List::copyOf).toList();
	}

	public SpnCell cell(String principal, String spn) {
		int row = principals.indexOf(principal);
		int column = indexOfSpn(spn);
		return row < 0 || column < 0 ? SpnCell.NONE : cells.get(row).get(column);
	}

	private int indexOfSpn(String spn) {
		for (int i = 0; i < spns.size(); i++) {
			if (spns.get(i).equalsIgnoreCase(spn)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @return the matrix of the first {@code limit} SPNs required, duplicate or misplaced somewhere (not those only
	 *         registered, each on one principal, as a computer's own host/ SPNs), without the principals left with none
	 */
	public SpnMatrix toCheck(int limit) {
		List<Integer> kept = new ArrayList<>();
		for (int column = 0; column < spns.size() && kept.size() < limit; column++) {
			final int at = column;
			if (cells.stream().map(row -> row.get(at).state())
					.anyMatch(state -> state != SpnCellState.NONE && state != SpnCellState.REGISTERED)) {
				kept.add(column);
			}
		}
		return withColumns(kept);
	}

	/**
	 * @return the matrix of the SPNs whose name contains {@code text} in any case, without the principals left with
	 *         none; this matrix when the text is blank
	 */
	public SpnMatrix withSpnsContaining(String text) {
		if (text.isBlank()) {
			return this;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		List<Integer> kept = new ArrayList<>();
		for (int column = 0; column < spns.size(); column++) {
			if (spns.get(column).toLowerCase(Locale.ROOT).contains(wanted)) {
				kept.add(column);
			}
		}
		return withColumns(kept);
	}

	private SpnMatrix withColumns(List<Integer> kept) {
		List<String> keptPrincipals = new ArrayList<>();
		List<List<SpnCell>> keptCells = new ArrayList<>();
		for (int row = 0; row < principals.size(); row++) {
			List<SpnCell> line = kept.stream().map(cells.get(row)::get).toList();
			if (line.stream().anyMatch(cell -> cell.state() != SpnCellState.NONE)) {
				keptPrincipals.add(principals.get(row));
				keptCells.add(line);
			}
		}
		return new SpnMatrix(keptPrincipals, kept.stream().map(spns::get).toList(), keptCells);
	}

	/** @return the SPN columns with a cell of {@code state}, as "principal: spn" */
	public List<String> cellsIn(SpnCellState state) {
		List<String> found = new ArrayList<>();
		for (int row = 0; row < principals.size(); row++) {
			for (int column = 0; column < spns.size(); column++) {
				if (cells.get(row).get(column).state() == state) {
					found.add(principals.get(row) + ": " + spns.get(column));
				}
			}
		}
		return found;
	}

	public static SpnMatrix of(Deployment deployment, List<Finding> findings) {
		Map<Principal, Map<String, SpnCellState>> states = new LinkedHashMap<>();
		Map<String, String> columns = new LinkedHashMap<>();
		Map<String, Integer> holders = new LinkedHashMap<>();
		for (ServicePrincipalName spn : deployment.getSpns()) {
			if (spn.getOwner() == null || spn.getOwner().eIsProxy()) {
				continue;
			}
			String key = column(columns, spn);
			states.computeIfAbsent(spn.getOwner(), owner -> new LinkedHashMap<>()).put(key, SpnCellState.REGISTERED);
			holders.merge(key, 1, Integer::sum);
		}
		for (ServicePrincipalName required : SpnQueries.required(deployment)) {
			String key = column(columns, required);
			Map<String, SpnCellState> row = states.computeIfAbsent(required.getOwner(), owner -> new LinkedHashMap<>());
			row.put(key, row.containsKey(key) ? SpnCellState.REQUIRED : SpnCellState.MISSING);
		}
		for (ServicePrincipalName conflicting : SpnQueries.conflicting(deployment)) {
			states.get(conflicting.getOwner()).put(key(conflicting), SpnCellState.WRONG_PRINCIPAL);
		}
		states.values().forEach(row -> row.replaceAll((key, state) -> state == SpnCellState.REGISTERED
				&& holders.getOrDefault(key, 0) > 1 ? SpnCellState.DUPLICATE : state));

		Map<String, List<String>> problems = problems(findings);
		List<String> principals = new ArrayList<>();
		List<List<SpnCell>> cells = new ArrayList<>();
		states.forEach((principal, row) -> {
			principals.add(HostQueries.qualifiedAccountName(principal));
			List<SpnCell> line = new ArrayList<>();
			for (String key : columns.keySet()) {
				SpnCellState state = row.getOrDefault(key, SpnCellState.NONE);
				line.add(state == SpnCellState.NONE ? SpnCell.NONE
						: new SpnCell(state, problems.getOrDefault(cellKey(principal.getName(), key), List.of())));
			}
			cells.add(line);
		});
		return new SpnMatrix(principals, List.copyOf(columns.values()), cells);
	}

	/** The messages of SPN findings by principal and SPN; their quick-fix data names both. */
	private static Map<String, List<String>> problems(List<Finding> findings) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (Finding finding : findings) {
			if (finding.code().startsWith("spn-") && finding.fixData().size() >= 2) {
				problems.computeIfAbsent(cellKey(finding.fixData().get(1), finding.fixData().get(0).toLowerCase(Locale.ROOT)),
						k -> new ArrayList<>()).add(finding.message());
			}
		}
		return problems;
	}

	private static String cellKey(String principalName, String spnKey) {
		return HostQueries.nameKey(principalName) + "\u0000" + spnKey;
	}

	private static String column(Map<String, String> columns, ServicePrincipalName spn) {
		String key = key(spn);
		columns.putIfAbsent(key, SpnQueries.text(spn));
		return key;
	}

	private static String key(ServicePrincipalName spn) {
		return SpnQueries.text(spn).toLowerCase(Locale.ROOT);
	}
}
