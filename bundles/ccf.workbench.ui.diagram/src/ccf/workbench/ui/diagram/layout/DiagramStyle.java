/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.layout;

import ccf.workbench.ui.diagram.topology.ElementKind;

/** Colours (0xRRGGBB) and sizes shared by the canvas, the PNG and the SVG, so that all three look the same. */
public final class DiagramStyle {

	public static final int PROBLEM = 0xC62828;
	public static final int PROBLEM_FILL = 0xFFEBEE;
	public static final int EDGE = 0x607D8B;
	public static final int TEXT = 0x212121;
	public static final int CAPTION = 0x616161;
	public static final int SELECTION = 0x1565C0;
	public static final double PADDING = 8;
	public static final double ARC = 10;

	private DiagramStyle() {
	}

	public static int fill(ElementKind kind) {
		return switch (kind) {
		case CLIENT_GROUP -> 0xE3F2FD;
		case ENDPOINTS -> 0xF3E5F5;
		case ALIAS -> 0xFFF8E1;
		case DOMAIN_CONTROLLER -> 0xECEFF1;
		case WEB_SERVER -> 0xE8F5E9;
		case APP_POOL -> 0xF1F8E9;
		case ACCOUNT -> 0xFFF3E0;
		case SERVICE -> 0xFAFAFA;
		case SQL_SERVER, DATABASE -> 0xE0F7FA;
		};
	}

	public static int stroke(ElementKind kind) {
		return switch (kind) {
		case CLIENT_GROUP -> 0x1E88E5;
		case ENDPOINTS -> 0x8E24AA;
		case ALIAS -> 0xF9A825;
		case DOMAIN_CONTROLLER -> 0x546E7A;
		case WEB_SERVER -> 0x43A047;
		case APP_POOL -> 0x7CB342;
		case ACCOUNT -> 0xFB8C00;
		case SERVICE -> 0x9E9E9E;
		case SQL_SERVER, DATABASE -> 0x00ACC1;
		};
	}
}
