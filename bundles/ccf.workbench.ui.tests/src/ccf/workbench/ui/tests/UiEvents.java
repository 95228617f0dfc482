/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import org.eclipse.swt.widgets.Display;

/** Lets the UI thread paint and run queued work, as a person's session would between actions. */
final class UiEvents {

	private UiEvents() {
	}

	/**
	 * Processes events until {@code condition} holds.
	 *
	 * @throws AssertionError when it does not within {@code seconds}
	 */
	static void waitUntil(String what, int seconds, java.util.function.BooleanSupplier condition) {
		waitUntil(what, seconds, condition, () -> "");
	}

	/** As {@link #waitUntil(String, int, java.util.function.BooleanSupplier)}, saying what was seen on a time-out. */
	static void waitUntil(String what, int seconds, java.util.function.BooleanSupplier condition,
			java.util.function.Supplier<String> seen) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				String state = seen.get();
				throw new AssertionError("timed out after " + seconds + " s waiting for " + what
						+ (state.isEmpty() ? "" : " (" + state + ")"));
			}
			if (!display.readAndDispatch()) {
				idle();
			}
		}
	}

	/** Rests the UI thread as an idle workbench's does, leaving the cores to the jobs it waits for. */
	private static void idle() {
		try {
			Thread.sleep(1);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void process() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 200;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// drain the queue
			}
			idle();
		}
	}
}
