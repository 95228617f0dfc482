/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.configs.xml;

/**
 * A run of character data directly inside an element: text, or the inside of a CDATA section.
 *
 * @param start offset of the first character (for CDATA, after {@code <![CDATA[})
 * @param end   offset after the last character (for CDATA, before {@code ]]>})
 * @param cdata whether the run is a CDATA section, whose characters are taken literally
 */
public record XmlContent(int start, int end, boolean cdata) {
}
