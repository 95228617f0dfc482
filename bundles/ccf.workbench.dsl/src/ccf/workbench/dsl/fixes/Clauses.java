/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.CcfModelEdits.Refused;
import ccf.workbench.dsl.fixes.QuickFix.Edit;

/**
 * Where the grammar writes a feature of an element: its rule and assignment, whether its clause may be left out, and
 * the edits that insert the clause with the keywords it needs or remove it with them.
 */
class Clauses {

	@Inject
	private IGrammarAccess grammar;

	/** @return the parser rule that writes elements of {@code type}, or null */
	ParserRule ruleOf(EClass type) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (rule.getType() != null && rule.getType().getClassifier() == type && !GrammarUtil.isDatatypeRule(rule)) {
				return rule;
			}
		}
		return null;
	}

	/** @return the word the grammar writes {@code literal} with, or null when no rule of the grammar writes it */
	String keyword(EEnumLiteral literal) {
		for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
			if (rule.getType() == null || rule.getType().getClassifier() != literal.getEEnum()) {
				continue;
			}
			for (EnumLiteralDeclaration declaration : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
				if (declaration.getEnumLiteral().getName().equals(literal.getName())) {
					return declaration.getLiteral().getValue();
				}
			}
		}
		return null;
	}

	/** @return the assignment of {@code feature} in {@code rule}, or null */
	static Assignment assignmentOf(ParserRule rule, EStructuralFeature feature) {
		for (Assignment assignment : GrammarUtil.containedAssignments(rule)) {
			if (assignment.getFeature().equals(feature.getName())) {
				return assignment;
			}
		}
		return null;
	}

	/** @return whether {@code element} of {@code rule} may be left out */
	static boolean isOptional(AbstractElement element, ParserRule rule) {
		for (EObject e = element; e != null && e != rule; e = e.eContainer()) {
			if (e instanceof AbstractElement each && GrammarUtil.isOptionalCardinality(each)) {
				return true;
			}
		}
		return false;
	}

	/** The grammar elements of {@code rule} in the order their text comes. */
	private static Map<EObject, Integer> order(ParserRule rule) {
		Map<EObject, Integer> order = new HashMap<>();
		order.put(rule.getAlternatives(), 0);
		int i = 1;
		for (TreeIterator<EObject> it = rule.getAlternatives().eAllContents(); it.hasNext();) {
			order.put(it.next(), i++);
		}
		return order;
	}

	/** The element's own nodes (not hidden) that come from {@code part} of its rule. */
	private static List<INode> nodesOf(ICompositeNode node, AbstractElement part) {
		List<INode> found = new ArrayList<>();
		for (INode child : node.getChildren()) {
			if (!isHidden(child) && child.getGrammarElement() != null
					&& (child.getGrammarElement() == part || EcoreUtil.isAncestor(part, child.getGrammarElement()))) {
				found.add(child);
			}
		}
		return found;
	}

	private static boolean isHidden(INode node) {
		return node instanceof ILeafNode leaf ? leaf.isHidden()
				: node.getLength() == 0 || node.getText().isBlank();
	}

	/**
	 * What to remove with the value of {@code assignment}: the innermost optional part around it, widened to the
	 * optional parts around that which hold nothing else but keywords ({@code identity network-service}).
	 */
	static AbstractElement removalUnit(ICompositeNode node, Assignment assignment, ParserRule rule) {
		AbstractElement unit = null;
		for (EObject e = assignment; e != null && e != rule; e = e.eContainer()) {
			if (!(e instanceof AbstractElement part) || !GrammarUtil.isOptionalCardinality(part)) {
				continue;
			}
			if (unit == null) {
				unit = part;
				continue;
			}
			AbstractElement inner = unit;
			boolean onlyKeywords = nodesOf(node, part).stream().allMatch(child -> child.getGrammarElement() instanceof Keyword
					|| child.getGrammarElement() == inner || EcoreUtil.isAncestor(inner, child.getGrammarElement()));
			if (!onlyKeywords) {
				break;
			}
			unit = part;
		}
		return unit;
	}

	/** @return the edit that removes what {@code unit} of the element's rule wrote */
	static Edit remove(ICompositeNode node, String text, AbstractElement unit) {
		List<INode> nodes = nodesOf(node, unit);
		if (nodes.isEmpty()) {
			throw new Refused("Nothing to remove.");
		}
		return LineRemoval.of(text, nodes.get(0).getOffset(), nodes.get(nodes.size() - 1).getEndOffset());
	}

	/**
	 * Inserts the clause of {@code assignment}: the outermost optional part around it of which nothing is written yet,
	 * with the keywords it needs, after the last token that the grammar puts before it.
	 */
	static Edit insert(ICompositeNode node, String text, ParserRule rule, Assignment assignment, String valueText) {
		AbstractElement clause = assignment;
		for (EObject e = assignment.eContainer(); e instanceof AbstractElement part && e != rule.getAlternatives(); e = e.eContainer()) {
			if (!nodesOf(node, part).isEmpty()) {
				break;
			}
			if (GrammarUtil.isOptionalCardinality(part)) {
				clause = part;
			}
		}
		List<String> tokens = new ArrayList<>();
		emit(clause, assignment, valueText, tokens, true);
		Map<EObject, Integer> order = order(rule);
		int index = order.getOrDefault(clause, -1);
		INode previous = null;
		for (INode child : node.getChildren()) {
			if (isHidden(child) || child.getGrammarElement() == null) {
				continue;
			}
			Integer at = order.get(child.getGrammarElement());
			if (at == null) {
				continue;
			}
			if (at >= index) {
				break;
			}
			previous = child;
		}
		String clauseText = join(tokens);
		if (previous == null) {
			return new Edit(node.getOffset(), 0, clauseText + " ");
		}
		int offset = previous.getEndOffset();
		String first = tokens.get(0);
		String last = tokens.get(tokens.size() - 1);
		int length = 0;
		if (gluesRight(last)) { // FABRIKAM\ before the name: no blank between them
			while (offset + length < text.length() && (text.charAt(offset + length) == ' ' || text.charAt(offset + length) == '\t')) {
				length++;
			}
		}
		return new Edit(offset, length, (gluesLeft(first) ? "" : " ") + clauseText);
	}

	/** The tokens of {@code part} that lead to {@code target}, leaving out the optional parts beside it. */
	private static void emit(AbstractElement part, Assignment target, String valueText, List<String> tokens, boolean top) {
		if (part == target) {
			tokens.add(valueText);
			return;
		}
		boolean leads = EcoreUtil.isAncestor(part, target);
		if (!top && !leads && GrammarUtil.isOptionalCardinality(part)) {
			return;
		}
		if (part instanceof Keyword keyword) {
			tokens.add(keyword.getValue());
		} else if (part instanceof Group group) {
			for (AbstractElement each : group.getElements()) {
				emit(each, target, valueText, tokens, false);
			}
		} else if (part instanceof Alternatives alternatives && leads) {
			for (AbstractElement each : alternatives.getElements()) {
				if (EcoreUtil.isAncestor(each, target)) {
					emit(each, target, valueText, tokens, false);
				}
			}
		} else {
			throw new Refused("This value needs other values written with it: edit it in the text.");
		}
	}

	private static boolean gluesLeft(String token) {
		return token.equals("\\") || token.equals("/") || token.equals(":") || token.equals(",") || token.equals(".");
	}

	private static boolean gluesRight(String token) {
		return token.equals("\\") || token.equals("/") || token.equals(":");
	}

	private static String join(List<String> tokens) {
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && !gluesLeft(tokens.get(i)) && !gluesRight(tokens.get(i - 1))) {
				joined.append(' ');
			}
			joined.append(tokens.get(i));
		}
		return joined.toString();
	}
}
