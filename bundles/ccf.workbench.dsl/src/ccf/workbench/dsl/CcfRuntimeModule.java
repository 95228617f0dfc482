/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.serializer.sequencer.ITransientValueService;
import org.eclipse.xtext.validation.IDiagnosticConverter;

import ccf.workbench.dsl.conversion.CcfValueConverters;
import ccf.workbench.dsl.linking.CcfLinker;
import ccf.workbench.dsl.naming.CcfQualifiedNameProvider;
import ccf.workbench.dsl.naming.CcfResourceDescriptionStrategy;
import ccf.workbench.dsl.resource.CcfFragmentProvider;
import ccf.workbench.dsl.serializer.CcfTransientValueService;
import ccf.workbench.dsl.validation.CcfDiagnosticConverter;

/**
 * The runtime services of the .ccf language, on top of the generated ones.
 */
public class CcfRuntimeModule extends AbstractCcfRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return CcfQualifiedNameProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return CcfResourceDescriptionStrategy.class;
	}

	@Override
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return CcfFragmentProvider.class;
	}

	@Override
	public Class<? extends ILinker> bindILinker() {
		return CcfLinker.class;
	}

	public Class<? extends ITransientValueService> bindITransientValueService2() {
		return CcfTransientValueService.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CcfValueConverters.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return CcfDiagnosticConverter.class;
	}

	/**
	 * EMF's generic EObjectValidator would repeat the deployment rules (a missing pool, owner or target) with raw
	 * messages and no codes, and costs a third of a validation; the rules cover every lower bound it checks.
	 */
	public void configureUseEObjectValidator(com.google.inject.Binder binder) {
		binder.bind(Boolean.class).annotatedWith(com.google.inject.name.Names.named(
				org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}
}
