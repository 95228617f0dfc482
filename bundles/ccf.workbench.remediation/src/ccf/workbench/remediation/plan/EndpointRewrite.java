/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.plan;

/**
 * One endpoint URL of a configuration file and what it becomes: only the host differs.
 *
 * @param location where the URL sits in the file, an XPath such as
 *                 {@code /configuration/system.serviceModel/client/endpoint[1]/@address}, or null when not known
 * @param kind     the endpoint kind of the model: client, service, appSetting, applicationSetting
 */
public record EndpointRewrite(String oldUrl, String newUrl, String location, String kind) {
}
