/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

/**
 * Value converters of the .ccf language: the terminals of Xtext's common terminals plus dotted host names.
 */
public class CcfValueConverters extends DefaultTerminalConverters {

	private final HostNameValueConverter hostName = new HostNameValueConverter();

	@Inject
	private CcfStringValueConverter string;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return string;
	}

	@ValueConverter(rule = "HostName")
	public IValueConverter<String> HostName() {
		return hostName;
	}
}
