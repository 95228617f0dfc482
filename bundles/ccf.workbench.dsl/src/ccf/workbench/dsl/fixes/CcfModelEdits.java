/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.fixes;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import ccf.workbench.dsl.fixes.QuickFix.Edit;
import ccf.workbench.model.deployment.DeploymentPackage;
import ccf.workbench.model.deployment.NamedElement;

/**
 * Edits of a model element as minimal edits of its {@code .ccf} text: a changed value replaces only the characters
 * of that value, an absent clause is inserted where the grammar puts it ({@code fqdn "..."} after the name, before
 * {@code windows ...}), a cleared one is removed with its keywords, and a deleted element takes its lines with it.
 * Everything else in the file (layout, comments) stays as it is. Values are written by the language's value
 * converters, references by the names their scope knows them by; a value the text cannot hold, or an edit after which
 * the text would not parse, is refused with {@link Refused} and nothing is written.
 * <p>
 * Every element passed in must belong to a parsed {@code XtextResource} with its node model.
 */
public class CcfModelEdits {

	/** Why an edit cannot be made, in words for the person who asked for it. */
	public static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	/** A reference to an element from elsewhere in the text. */
	public record Use(EObject from, EReference reference, EObject target, int line) {
	}

	@Inject
	private IValueConverterService converters;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter qualifiedNames;

	@Inject
	private IParser parser;

	@Inject
	private Clauses clauses;

	@Inject
	private org.eclipse.xtext.serializer.ISerializer serializer;

	/** @return whether {@code feature} of {@code element} can be edited as a value or a list of values (not children) */
	public boolean isEditable(EObject element, EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()
				|| feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
			return false;
		}
		ParserRule rule = clauses.ruleOf(element.eClass());
		return rule != null && Clauses.assignmentOf(rule, feature) != null;
	}

	/**
	 * @return {@code wanted}, or it with the first number from 2 that makes it, a name no element under {@code root}
	 *         has yet (names compare without case, as Windows and the directory compare them)
	 */
	public static String freeName(EObject root, String wanted) {
		Set<String> taken = new HashSet<>();
		root.eAllContents().forEachRemaining(object -> {
			if (object instanceof NamedElement named && named.getName() != null) {
				taken.add(named.getName().toLowerCase(Locale.ROOT));
			}
		});
		String name = wanted;
		for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
			name = wanted + i;
		}
		return name;
	}

	/**
	 * The edits that give {@code feature} of {@code element} the value {@code value}: null clears an optional value
	 * (for a {@code ?=} keyword, so does false). A new name renames: every reference to the element in its file follows.
	 *
	 * @param value the new value: a String, Integer, Boolean or enum literal for attributes, an element (of the same
	 *              resource set) for references, a list of those for a list (empty clears it)
	 * @return the edits, empty when the text already says so
	 * @throws Refused when the text cannot hold the value
	 */
	public List<Edit> set(EObject element, EStructuralFeature feature, Object value) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			throw new Refused("The element is not written in a .ccf text.");
		}
		String label = feature.getName();
		if (feature instanceof EReference reference && reference.isContainment()) {
			throw new Refused("'" + label + "' holds elements: add or delete them one by one.");
		}
		ParserRule rule = clauses.ruleOf(element.eClass());
		Assignment assignment = rule == null ? null : Clauses.assignmentOf(rule, feature);
		if (assignment == null) {
			throw new Refused("'" + label + "' is not written in the .ccf language.");
		}
		String text = node.getRootNode().getText();
		if (feature == DeploymentPackage.Literals.NAMED_ELEMENT__NAME && value != null
				&& element instanceof NamedElement named && named.getName() != null) {
			return checked(text, rename(named, value.toString()));
		}
		if (feature.isMany()) {
			return checked(text, setList(element, node, rule, assignment, value instanceof Collection<?> list ? list
					: value == null ? List.of() : List.of(value), label));
		}
		boolean flag = "?=".equals(assignment.getOperator());
		boolean clear = value == null || flag && Boolean.FALSE.equals(value) || "".equals(value) && isIdLike(assignment);
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		List<Edit> edits;
		if (clear) {
			if (nodes.isEmpty()) {
				return List.of();
			}
			if (!Clauses.isOptional(assignment, rule)) {
				throw new Refused("'" + label + "' is required and cannot be removed.");
			}
			edits = List.of(Clauses.remove(node, text, Clauses.removalUnit(node, assignment, rule)));
		} else {
			String valueText = valueText(element, assignment, value, label);
			if (!nodes.isEmpty()) {
				INode current = nodes.get(0);
				if (text.substring(current.getOffset(), current.getEndOffset()).equals(valueText)) {
					return List.of();
				}
				edits = List.of(new Edit(current.getOffset(), current.getLength(), valueText));
			} else {
				edits = List.of(Clauses.insert(node, text, rule, assignment, valueText));
			}
		}
		return checked(text, edits);
	}

	/**
	 * The edits of a list written {@code a, b, c}: each changed value when as many are written, else the values from the
	 * first to the last; an empty list removes the clause, a list not written yet is inserted with its keyword.
	 */
	private List<Edit> setList(EObject element, ICompositeNode node, ParserRule rule, Assignment assignment,
			Collection<?> values, String label) {
		String text = node.getRootNode().getText();
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, element.eClass().getEStructuralFeature(label));
		if (values.isEmpty()) {
			if (nodes.isEmpty()) {
				return List.of();
			}
			if (!Clauses.isOptional(assignment, rule)) {
				throw new Refused("'" + label + "' needs at least one value.");
			}
			return List.of(Clauses.remove(node, text, Clauses.removalUnit(node, assignment, rule)));
		}
		List<String> written = values.stream().map(value -> valueText(element, assignment, value, label)).toList();
		if (nodes.isEmpty()) {
			return List.of(Clauses.insert(node, text, rule, assignment, String.join(", ", written)));
		}
		List<Edit> edits = new ArrayList<>();
		if (nodes.size() == written.size()) {
			for (int i = 0; i < nodes.size(); i++) {
				INode current = nodes.get(i);
				if (!text.substring(current.getOffset(), current.getEndOffset()).equals(written.get(i))) {
					edits.add(new Edit(current.getOffset(), current.getLength(), written.get(i)));
				}
			}
			return edits;
		}
		int start = nodes.get(0).getOffset();
		int end = nodes.get(nodes.size() - 1).getEndOffset();
		return List.of(new Edit(start, end - start, String.join(", ", written)));
	}

	/**
	 * Renames {@code element}: its name and every reference to it in its own file.
	 *
	 * @throws Refused when {@code newName} is no name
	 */
	public List<Edit> rename(NamedElement element, String newName) {
		List<Edit> edits = CcfRename.rename(element.eResource().getResourceSet(), element, writtenName(newName))
				.getOrDefault(element.eResource().getURI(), List.of());
		String text = NodeModelUtils.getNode(element).getRootNode().getText();
		return checked(text, edits);
	}

	/**
	 * @return {@code newName} as the text writes it (a keyword escaped with {@code ^})
	 * @throws Refused when {@code newName} is no name
	 */
	public String writtenName(String newName) {
		String problem = CcfRename.checkName(newName);
		if (problem != null) {
			throw new Refused("'" + newName + "' is not a valid name. " + problem);
		}
		try {
			return converters.toString(newName, "ID");
		} catch (ValueConverterException e) {
			throw new Refused("'" + newName + "' is not a valid name: " + e.getMessage());
		}
	}

	/**
	 * The edit that deletes {@code element}: its text, with its whole lines when it has them to itself. A single
	 * optional child (a configuration file, an endpoint's identity) goes with the keywords that introduce it.
	 *
	 * @throws Refused for the deployment itself and for required children
	 */
	public List<Edit> delete(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		EObject container = element.eContainer();
		if (node == null || container == null) {
			throw new Refused("The deployment itself cannot be deleted.");
		}
		String text = node.getRootNode().getText();
		EReference containment = element.eContainmentFeature();
		ICompositeNode containerNode = NodeModelUtils.getNode(container);
		Edit edit;
		if (!containment.isMany()) {
			ParserRule rule = clauses.ruleOf(container.eClass());
			Assignment assignment = rule == null ? null : Clauses.assignmentOf(rule, containment);
			if (assignment == null || !Clauses.isOptional(assignment, rule)) {
				throw new Refused("'" + containment.getName() + "' is required and cannot be deleted.");
			}
			edit = Clauses.remove(containerNode, text, Clauses.removalUnit(containerNode, assignment, rule));
		} else {
			edit = LineRemoval.of(text, node.getOffset(), node.getEndOffset());
		}
		return checked(text, List.of(edit));
	}

	/**
	 * The edit that adds {@code child} (new, not contained yet) to the list {@code containment} of {@code container},
	 * written by the language's serializer on a line of its own: after the last element of that list, else before the
	 * container's closing brace, indented as its elements are.
	 *
	 * @throws Refused when the container has no block to hold it or the child cannot be written
	 */
	public List<Edit> add(EObject container, EReference containment, EObject child) {
		ICompositeNode node = NodeModelUtils.getNode(container);
		if (node == null || !containment.isMany() || !containment.isContainment()) {
			throw new Refused("Only elements of a list can be added here.");
		}
		String text = node.getRootNode().getText();
		@SuppressWarnings("unchecked")
		List<EObject> siblings = (List<EObject>) container.eGet(containment);
		EObject last = siblings.isEmpty() ? null : siblings.get(siblings.size() - 1);
		String written;
		siblings.add(child);
		try {
			written = serializer.serialize(child, org.eclipse.xtext.resource.SaveOptions.newBuilder().format().getOptions())
					.strip();
		} catch (RuntimeException e) {
			throw new Refused("The new element cannot be written: " + e.getMessage());
		} finally {
			siblings.remove(child);
		}
		ICompositeNode lastNode = last == null ? null : NodeModelUtils.getNode(last);
		Edit edit;
		if (lastNode != null) {
			int lineStart = lastNode.getOffset();
			while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
				lineStart--;
			}
			String indent = text.substring(lineStart, lastNode.getOffset());
			boolean block = text.substring(lastNode.getOffset(), lastNode.getEndOffset()).contains("\n");
			edit = new Edit(lastNode.getEndOffset(), 0, (block ? "\n\n" : "\n") + indent + indent(written, indent));
		} else {
			org.eclipse.xtext.nodemodel.ILeafNode brace = null;
			for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					brace = leaf;
				}
			}
			if (brace == null || !"}".equals(brace.getText())) {
				throw new Refused("The element has no block to add to: write its braces in the text first.");
			}
			int lineStart = brace.getOffset();
			while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
				lineStart--;
			}
			boolean ownLine = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
			String indent = (ownLine ? text.substring(lineStart, brace.getOffset()) : "") + "\t";
			edit = ownLine ? new Edit(lineStart, 0, indent + indent(written, indent) + "\n")
					: new Edit(brace.getOffset(), 0, "\n" + indent + indent(written, indent) + "\n");
		}
		return checked(text, List.of(edit));
	}

	/** {@code written}'s lines after the first, indented by {@code indent} more. */
	private static String indent(String written, String indent) {
		return written.replace("\n", "\n" + indent);
	}

	/** @return the word the {@code .ccf} text writes {@code literal} with ({@code server-2008-r2}), or null */
	public String keyword(EEnumLiteral literal) {
		return clauses.keyword(literal);
	}

	/** @return the references to {@code element} and to the elements inside it, from outside it, in text order */
	public List<Use> uses(EObject element) {
		Set<EObject> inside = new LinkedHashSet<>();
		inside.add(element);
		element.eAllContents().forEachRemaining(inside::add);
		List<Use> uses = new ArrayList<>();
		EObject root = EcoreUtil.getRootContainer(element);
		for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext();) {
			EObject object = it.next();
			if (inside.contains(object)) {
				it.prune();
				continue;
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				Object value = object.eGet(reference, true);
				Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
				for (Object target : values) {
					if (inside.contains(target)) {
						ICompositeNode from = NodeModelUtils.getNode(object);
						uses.add(new Use(object, reference, (EObject) target, from == null ? 0 : from.getStartLine()));
					}
				}
			}
		}
		return uses;
	}

	/** @return the elements {@code reference} of {@code element} may name, each once, by the name it is written with */
	public Map<String, EObject> candidates(EObject element, EReference reference) {
		Map<String, EObject> candidates = new java.util.LinkedHashMap<>();
		IScope scope = scopes.getScope(element, reference);
		for (IEObjectDescription description : scope.getAllElements()) {
			String name = qualifiedNames.toString(description.getName());
			if (candidates.containsKey(name)) {
				continue;
			}
			EObject candidate = description.getEObjectOrProxy();
			if (candidate.eIsProxy()) {
				candidate = EcoreUtil.resolve(candidate, element);
			}
			if (!candidate.eIsProxy() && reference.getEReferenceType().isInstance(candidate)) {
				candidates.put(name, candidate);
			}
		}
		return candidates;
	}

	// --- values ---

	private String valueText(EObject element, Assignment assignment, Object value, String label) {
		AbstractElement terminal = assignment.getTerminal();
		if (terminal instanceof Keyword keyword) { // feature?='keyword'
			return keyword.getValue();
		}
		if (terminal instanceof CrossReference crossReference) {
			if (!(value instanceof EObject target)) {
				throw new Refused("'" + label + "' names an element.");
			}
			EReference reference = GrammarUtil.getReference(crossReference);
			String name = nameInScope(element, reference, target);
			if (name == null) {
				throw new Refused("The element chosen for '" + label + "' cannot be named from here.");
			}
			String rule = crossReference.getTerminal() instanceof RuleCall call ? call.getRule().getName() : "ID";
			return convert(name, rule, label);
		}
		if (terminal instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof EnumRule enumRule) {
				for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(enumRule, EnumLiteralDeclaration.class)) {
					if (value instanceof Enumerator enumerator
							&& literal.getEnumLiteral().getName().equals(enumerator.getName())) {
						return literal.getLiteral().getValue();
					}
				}
				throw new Refused("'" + value + "' is not a value of '" + label + "'.");
			}
			return convert(value, rule.getName(), label);
		}
		throw new Refused("'" + label + "' cannot be written.");
	}

	private String convert(Object value, String rule, String label) {
		try {
			String written = converters.toString(value, rule);
			if (written == null || written.isEmpty()) {
				throw new Refused("'" + label + "' may not be empty.");
			}
			return written;
		} catch (ValueConverterException | IllegalArgumentException e) {
			throw new Refused("'" + value + "' is not a valid value of '" + label + "': " + e.getMessage());
		}
	}

	private String nameInScope(EObject element, EReference reference, EObject target) {
		IScope scope = scopes.getScope(element, reference);
		for (IEObjectDescription description : scope.getElements(target)) {
			return qualifiedNames.toString(description.getName());
		}
		// An element of another copy of the model: known by its name.
		if (target instanceof NamedElement named && named.getName() != null) {
			IEObjectDescription found = scope.getSingleElement(qualifiedNames.toQualifiedName(named.getName()));
			if (found != null && found.getEClass() == target.eClass()) {
				return named.getName();
			}
		}
		return null;
	}

	private static boolean isIdLike(Assignment assignment) {
		return assignment.getTerminal() instanceof CrossReference
				|| assignment.getTerminal() instanceof RuleCall call && !"STRING".equals(call.getRule().getName());
	}

	/** @throws Refused when the edited text would not parse */
	private List<Edit> checked(String text, List<Edit> edits) {
		String edited = new QuickFix("check", edits).applyTo(text);
		IParseResult result = parser.parse(new StringReader(edited));
		if (result.hasSyntaxErrors()) {
			String message = "the text would not parse";
			for (INode error : result.getSyntaxErrors()) {
				SyntaxErrorMessage syntax = error.getSyntaxErrorMessage();
				message = "line " + error.getStartLine() + ": " + (syntax == null ? "syntax error" : syntax.getMessage());
				break;
			}
			throw new Refused("The change was not made: " + message + ".");
		}
		return edits;
	}
}
