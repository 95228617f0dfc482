/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A NetBIOS name or a dotted DNS name ({@code ccfiis.fabrikam.com}). Each label is an identifier or a word of the
 * language ({@code dns.fabrikam.com}), so no label needs escaping; an escaped label ({@code ^dns}) is accepted too.
 */
final class HostNameValueConverter implements IValueConverter<String> {

	private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

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
		for (String part : parts) {
			if (!LABEL.matcher(part).matches()) {
				throw new ValueConverterException("'" + value + "' is not a host name: the label '" + part
						+ "' must start with a letter and hold only letters, digits, '-' and '_'.", null, null);
			}
		}
		return value;
	}
}
