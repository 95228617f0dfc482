/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import org.eclipse.swt.widgets.Display;

/**
 * The longest time the UI thread ran no events while watched: a timer beats every few milliseconds on the UI thread,
 * and a beat that comes late measures how long the thread was busy with something else.
 */
final class UiStallWatch {

	private static final int BEAT_MILLIS = 5;

	private final Display display = Display.getCurrent();
	private boolean watching;
	private long lastBeat;
	private long longestGap;
	private final Runnable beat = this::beat;

	void start() {
		watching = true;
		lastBeat = System.nanoTime();
		longestGap = 0;
		display.timerExec(BEAT_MILLIS, beat);
	}

	/** @return the longest time between two beats, or from the last beat to now, in milliseconds */
	double stop() {
		beat();
		watching = false;
		display.timerExec(-1, beat);
		return longestGap / 1e6;
	}

	private void beat() {
		long now = System.nanoTime();
		longestGap = Math.max(longestGap, now - lastBeat);
		lastBeat = now;
		if (watching) {
			display.timerExec(BEAT_MILLIS, beat);
		}
	}
}
