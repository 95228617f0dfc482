/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

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

	/**
	 * Presses and releases a key as a person does, through the operating system's event queue, with {@code modifiers}
	 * ({@link org.eclipse.swt.SWT#CTRL}, ...) held: a key code, or 0 and a character.
	 */
	static void press(int keyCode, char character, int... modifiers) {
		Display display = Display.getCurrent();
		for (int modifier : modifiers) {
			post(display, SWT.KeyDown, modifier, '\0');
		}
		post(display, SWT.KeyDown, keyCode, character);
		post(display, SWT.KeyUp, keyCode, character);
		for (int modifier : modifiers) {
			post(display, SWT.KeyUp, modifier, '\0');
		}
		process();
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display.post(event)) {
			throw new AssertionError("the key event could not be posted");
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
