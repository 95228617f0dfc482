/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/**
 * Value converters of the .ccf language: the terminals of Xtext's common terminals plus dotted host names.
 */
public class CcfValueConverters extends DefaultTerminalConverters {

	private final HostNameValueConverter hostName = new HostNameValueConverter();

	@ValueConverter(rule = "HostName")
	public IValueConverter<String> HostName() {
		return hostName;
	}
}
