/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.view;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Control;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.ui.diagram.view.DeploymentSnapshot.RegionLocator;

/**
 * Reads a view's data from a document's parsed model in a background job and hands it to the UI thread, so that a
 * reparse, or a validation holding the model, never blocks the UI. Only the latest request of a view is delivered.
 * <p>
 * A read waits three times as long as the previous one held the model before it starts, and a newer request
 * replaces it meanwhile: a view holds the model at most a quarter of the time, and the views of a big model, which
 * hold it long, wait for a pause in the typing instead of holding it while the editor checks each keystroke.
 * <p>
 * What a view makes of its read without the model (a layout) runs in the same job once the model is released, and
 * stops when a newer request comes. The jobs of one reader run one at a time.
 */
public final class BackgroundReader<T> {

	private final Control control;
	private final String name;
	private final AtomicLong latest = new AtomicLong();
	private volatile long lastReadMillis;
	private final ISchedulingRule oneAtATime = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** Work on a read's result after the model is released, which gives up when {@code superseded} says so. */
	public interface Afterwards<R, T> {
		/** @throws OperationCanceledException when superseded before it is done */
		T apply(R read, BooleanSupplier superseded);
	}

	/** @param control the view's control: results arrive on its display, none once it is disposed */
	public BackgroundReader(Control control, String name) {
		this.control = control;
		this.name = name;
	}

	/** Reads the document later; {@code then} gets the result, or empty when the text holds no deployment. */
	public void read(IDocument document, BiFunction<Deployment, RegionLocator, T> reader, Consumer<Optional<T>> then) {
		read(document, reader, (read, superseded) -> read, then);
	}

	/** As {@link #read(IDocument, BiFunction, Consumer)}, with {@code afterwards} on the read once the model is released. */
	public <R> void read(IDocument document, BiFunction<Deployment, RegionLocator, R> reader, Afterwards<R, T> afterwards,
			Consumer<Optional<T>> then) {
		long request = latest.incrementAndGet();
		Job job = Job.create(name, monitor -> {
			BooleanSupplier superseded = () -> latest.get() != request || monitor.isCanceled();
			if (superseded.getAsBoolean()) {
				return Status.CANCEL_STATUS;
			}
			Optional<T> result;
			IStatus status = Status.OK_STATUS;
			try {
				result = DeploymentSnapshot.read(document, (deployment, regions) -> {
					long start = System.nanoTime();
					R read = reader.apply(deployment, regions);
					lastReadMillis = (System.nanoTime() - start) / 1_000_000;
					return read;
				}).map(read -> afterwards.apply(read, superseded));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				// The view shows nothing rather than stale data; the error log says why.
				result = Optional.empty();
				status = Status.error(name + " failed: " + e.getMessage(), e);
			}
			Optional<T> delivered = result;
			if (!control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed() && latest.get() == request) {
						then.accept(delivered);
					}
				});
			}
			return status;
		});
		job.setSystem(true);
		job.setRule(oneAtATime);
		job.schedule(3 * lastReadMillis);
	}

	/** Drops any request under way: its result, if any, is not delivered. */
	public void cancel() {
		latest.incrementAndGet();
	}
}
