/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import ccf.workbench.dsl.fixes.CcfModelEdits;
import ccf.workbench.ui.editor.CcfDocumentEdits;

/**
 * The properties of one model element, as its item provider describes them. With an editing domain whose command
 * stack writes into a {@code .ccf} document ({@link DocumentCommandStack}), the values the text holds one of (names,
 * strings, numbers, booleans, enums, single references, lists of values) are editable: text in a text cell, lists in
 * a dialog, the others chosen in a combo; each change is a {@link SetCommand} executed on that stack. Lists of
 * references and children stay read-only here.
 */
final class ItemPropertySource implements IPropertySource {

	private final Supplier<Object> current;
	private final IItemPropertySource itemSource;
	private final EditingDomain domain;
	private Object object;
	/** The editable properties, by their id (the item descriptor). */
	private final java.util.Map<Object, Editable> editables = new java.util.HashMap<>();

	/**
	 * @param current the object whose properties are shown, looked up anew on each use: a view that shows copies of
	 *                a model replaces its copy after each change of the text, and the properties follow
	 */
	ItemPropertySource(Supplier<Object> current, IItemPropertySource itemSource, EditingDomain domain) {
		this.current = current;
		this.itemSource = itemSource;
		this.domain = domain;
		this.object = current.get();
	}

	private Object object() {
		Object now = current.get();
		if (now != null) {
			object = now;
		}
		return object;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object());
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		Object object = object();
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream().map(this::adapt).toArray(IPropertyDescriptor[]::new);
	}

	/** The element and feature an item descriptor edits, when the text can hold its value. */
	private EStructuralFeature editable(IItemPropertyDescriptor item) {
		Object object = object();
		if (!(object instanceof EObject element) || !(item.getFeature(object) instanceof EStructuralFeature feature)
				|| !(domain != null && domain.getCommandStack() instanceof DocumentCommandStack stack
						&& stack.getDocument() != null)
				|| !item.canSetProperty(object)) {
			return null;
		}
		CcfModelEdits edits = CcfDocumentEdits.service();
		boolean referenceList = feature.isMany() && feature instanceof EReference;
		return !referenceList && edits.isEditable(element, feature) ? feature : null;
	}

	private IPropertyDescriptor adapt(IItemPropertyDescriptor item) {
		Object object = object();
		EStructuralFeature feature = editable(item);
		PropertyDescriptor descriptor;
		if (feature == null) {
			descriptor = new PropertyDescriptor(item, item.getDisplayName(object));
		} else {
			Editable editable = new Editable(item, item.getDisplayName(object), feature);
			editables.put(item, editable);
			descriptor = editable;
		}
		descriptor.setDescription(item.getDescription(object));
		descriptor.setCategory(item.getCategory(object));
		if (feature == null) {
			descriptor.setLabelProvider(labelProvider(item));
		}
		String[] filters = item.getFilterFlags(object);
		if (filters != null) {
			descriptor.setFilterFlags(filters);
		}
		return descriptor;
	}

	private ILabelProvider labelProvider(IItemPropertyDescriptor item) {
		IItemLabelProvider values = item.getLabelProvider(object());
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return values.getText(value);
			}
		};
	}

	/**
	 * A property the text can hold: free text for strings and numbers, the value shown as text; a list of values in a
	 * dialog; a choice for the others, the value an index into the choices (as {@link ComboBoxCellEditor} wants it).
	 */
	private final class Editable extends PropertyDescriptor {
		final IItemPropertyDescriptor item;
		final EStructuralFeature feature;
		final boolean text;
		final boolean list;
		List<String> labels;
		List<Object> values;

		Editable(IItemPropertyDescriptor item, String displayName, EStructuralFeature feature) {
			super(item, displayName);
			this.item = item;
			this.feature = feature;
			EDataType type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
			Class<?> instanceClass = type == null ? null : type.getInstanceClass();
			list = feature.isMany();
			text = !list && type != null && !(type instanceof EEnum) && instanceClass != boolean.class
					&& instanceClass != Boolean.class;
			setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					if (list) {
						return String.join(", ", ValueListCellEditor.strings(value));
					}
					if (value instanceof Integer index && !text) {
						return index >= 0 && index < choices().size() ? choices().get(index) : "";
					}
					return value == null ? "" : value.toString();
				}
			});
		}

		List<String> choices() {
			if (labels == null) {
				labels = new ArrayList<>();
				values = new ArrayList<>();
				boolean optional = !feature.isRequired() || feature.isUnsettable()
						|| feature.getEType().getInstanceClass() == Boolean.class;
				if (feature instanceof EReference reference) {
					labels.add("");
					values.add(null);
					((DocumentCommandStack) domain.getCommandStack()).candidates((EObject) object(), reference)
							.forEach((name, candidate) -> {
								labels.add(name);
								values.add(candidate);
							});
				} else if (feature.getEType() instanceof EEnum enumeration) {
					if (optional) {
						labels.add("");
						values.add(null);
					}
					for (EEnumLiteral literal : enumeration.getELiterals()) {
						labels.add(choiceLabel(literal));
						values.add(literal.getInstance());
					}
				} else { // a boolean
					if (feature.getEType().getInstanceClass() == Boolean.class) {
						labels.add("");
						values.add(null);
					}
					labels.add("true");
					values.add(Boolean.TRUE);
					labels.add("false");
					values.add(Boolean.FALSE);
				}
			}
			return labels;
		}

		/**
		 * The word the {@code .ccf} text and its completion use, which administrators type, with the model's friendly
		 * label when it says more: {@code server-2008-r2 (Server 2008 R2)}.
		 */
		private static String choiceLabel(EEnumLiteral literal) {
			String keyword = CcfDocumentEdits.service().keyword(literal);
			String label = literal.getInstance().getLiteral();
			if (keyword == null) {
				return label;
			}
			return keyword.equalsIgnoreCase(label) ? keyword : keyword + " (" + label + ")";
		}

		/** The value as the cell editor holds it. */
		Object cellValue() {
			Object value = ((EObject) object()).eGet(feature);
			if (list) {
				return ValueListCellEditor.strings(value);
			}
			if (text) {
				return value == null ? "" : value.toString();
			}
			choices();
			for (int i = 0; i < values.size(); i++) {
				Object each = values.get(i);
				if (each == value || each != null && each.equals(value) || sameElement(each, value)) {
					return i;
				}
			}
			return -1;
		}

		private static boolean sameElement(Object a, Object b) {
			return a instanceof EObject x && b instanceof EObject y && x.eClass() == y.eClass()
					&& x.eResource() != null && y.eResource() != null
					&& org.eclipse.emf.ecore.util.EcoreUtil.getURI(x).equals(org.eclipse.emf.ecore.util.EcoreUtil.getURI(y));
		}

		/** The model value of what the cell editor holds. */
		Object modelValue(Object cell) {
			if (list) {
				return ValueListCellEditor.strings(cell);
			}
			if (text) {
				String written = cell == null ? "" : cell.toString();
				if (written.isEmpty()) {
					return null;
				}
				Class<?> type = feature.getEType().getInstanceClass();
				if (type == int.class || type == Integer.class) {
					try {
						return Integer.valueOf(written.trim());
					} catch (NumberFormatException e) {
						throw new ccf.workbench.dsl.fixes.CcfModelEdits.Refused(
								"'" + written + "' is not a whole number.");
					}
				}
				return written;
			}
			choices();
			return cell instanceof Integer index && index >= 0 && index < values.size() ? values.get(index) : null;
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (list) {
				return new ValueListCellEditor(parent, getDisplayName());
			}
			if (text) {
				return new TextCellEditor(parent);
			}
			labels = null; // the choices of now
			return new ComboBoxCellEditor(parent, choices().toArray(String[]::new), SWT.READ_ONLY);
		}
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (editables.get(id) instanceof Editable editable) {
			return editable.cellValue();
		}
		return ((IItemPropertyDescriptor) id).getPropertyValue(object());
	}

	@Override
	public boolean isPropertySet(Object id) {
		return ((IItemPropertyDescriptor) id).isPropertySet(object());
	}

	@Override
	public void resetPropertyValue(Object id) {
		if (editables.get(id) instanceof Editable editable) {
			execute(editable.feature, null);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		if (!(editables.get(id) instanceof Editable editable)) {
			return;
		}
		Object modelValue;
		try {
			modelValue = editable.modelValue(value);
		} catch (ccf.workbench.dsl.fixes.CcfModelEdits.Refused e) {
			DocumentCommandStack stack = (DocumentCommandStack) domain.getCommandStack();
			stack.refuse(e.getMessage());
			return;
		}
		Object now = ((EObject) object()).eGet(editable.feature);
		if (modelValue == now || modelValue != null && modelValue.equals(now)) {
			return;
		}
		execute(editable.feature, modelValue);
	}

	private void execute(EStructuralFeature feature, Object value) {
		domain.getCommandStack().execute(new SetCommand(domain, (EObject) object(), feature,
				value == null ? SetCommand.UNSET_VALUE : value));
	}

}
