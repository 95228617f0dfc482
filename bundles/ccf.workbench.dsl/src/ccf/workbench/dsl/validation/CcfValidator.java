/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.validation;

/**
 * Validation rules of the .ccf language (the rules of KB 969803 and the structural ones). Linking and syntax
 * errors come from Xtext itself.
 */
public class CcfValidator extends AbstractCcfValidator {
}
