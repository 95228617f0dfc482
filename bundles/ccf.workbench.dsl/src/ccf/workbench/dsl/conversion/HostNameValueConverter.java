/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A NetBIOS name or a dotted DNS name ({@code ccfiis.fabrikam.com}): each label is an identifier, and a label that
 * is a keyword of the language is written with a leading {@code ^} ({@code ^dns.fabrikam.com}).
 */
final class HostNameValueConverter implements IValueConverter<String> {

	private final IValueConverter<String> labels;

	HostNameValueConverter(IValueConverter<String> labels) {
		this.labels = labels;
	}

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string == null) {
			return null;
		}
		String[] parts = string.split("\\.", -1);
		for (int i = 0; i < parts.length; i++) {
			parts[i] = parts[i].startsWith("^") ? parts[i].substring(1) : parts[i];
		}
		return String.join(".", parts);
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("A host name may not be empty.", null, null);
		}
		String[] parts = value.split("\\.", -1);
		for (int i = 0; i < parts.length; i++) {
			parts[i] = labels.toString(parts[i]);
		}
		return String.join(".", parts);
	}
}
