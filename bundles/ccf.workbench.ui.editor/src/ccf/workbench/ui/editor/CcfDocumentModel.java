/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * The parsed model of one open {@code .ccf} document: an Xtext resource kept in step with the document's text. All
 * editor services of that document (validation, content assist, hover, links) read it through {@link #read}, which
 * reparses only when the text changed since the last read.
 */
public final class CcfDocumentModel {

	/**
	 * The model of each open document. The value is weak too: the model is kept alive by the document's listener
	 * list, and a strong value would keep its key, the document, alive for ever.
	 */
	private static final Map<IDocument, WeakReference<CcfDocumentModel>> MODELS = new WeakHashMap<>();
	private static final AtomicInteger UNTITLED = new AtomicInteger();

	private final IDocument document;
	private final XtextResource resource;
	private long stamp = -2;
	/** The edits since the last read, applied to the resource with Xtext's partial parsing when it is read next. */
	private final List<DocumentEvent> pending = new ArrayList<>();
	private boolean parsed;

	private CcfDocumentModel(IDocument document) {
		this.document = document;
		XtextResourceSet resourceSet = CcfLanguage.injector().getInstance(XtextResourceSet.class);
		resource = (XtextResource) resourceSet.createResource(uriOf(document));
		document.addDocumentListener(new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
				// the change is recorded once it is made
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				synchronized (pending) {
					pending.add(new DocumentEvent(event.getDocument(), event.getOffset(), event.getLength(),
							event.getText() == null ? "" : event.getText()));
				}
			}
		});
	}

	/** @return the model of {@code document}, created on first use */
	public static CcfDocumentModel of(IDocument document) {
		synchronized (MODELS) {
			WeakReference<CcfDocumentModel> known = MODELS.get(document);
			CcfDocumentModel model = known == null ? null : known.get();
			if (model == null) {
				model = new CcfDocumentModel(document);
				MODELS.put(document, new WeakReference<>(model));
			}
			return model;
		}
	}

	/** A workspace file's platform URI (so that links and markers name the file), else an in-memory one. */
	private static URI uriOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null) {
			IPath location = buffer.getLocation();
			if (location != null) {
				return URI.createPlatformResourceURI(location.toString(), true);
			}
		}
		return URI.createURI("inmemory:/untitled-" + UNTITLED.incrementAndGet() + ".ccf");
	}

	/** The operations on the parsed model that services run, with the resource current for the document's text. */
	public interface Reader<T> {
		T read(XtextResource resource, String text);
	}

	/** Runs {@code reader} on the resource, reparsed first when the document changed. */
	public <T> T read(Reader<T> reader) {
		synchronized (this) {
			String text;
			long current;
			List<DocumentEvent> edits;
			// The UI thread may edit the document meanwhile: text, stamp and edits must be taken from one state of it.
			do {
				current = modificationStamp();
				text = document.get();
				synchronized (pending) {
					edits = new ArrayList<>(pending);
				}
			} while (current != -1 && current != modificationStamp());
			if (current == -1 || current != stamp) {
				synchronized (pending) {
					pending.subList(0, edits.size()).clear();
				}
				if (!parsed || !update(edits, text)) {
					try {
						resource.reparse(text);
					} catch (IOException e) {
						throw new UncheckedIOException(e); // reparsing a string reads no file
					}
					parsed = true;
				}
				// References resolve lazily, when validation or a service follows them.
				stamp = current;
			}
			return reader.read(resource, text);
		}
	}

	private long modificationStamp() {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : -1;
	}

	/**
	 * Applies the edits to the parsed text with Xtext's partial parser, which reparses only the smallest element
	 * around each edit.
	 *
	 * @return whether the resource now holds {@code text}; when not, the caller reparses it whole
	 */
	private boolean update(List<DocumentEvent> edits, String text) {
		if (edits.isEmpty() || edits.size() > 50) {
			return false;
		}
		try {
			for (DocumentEvent edit : edits) {
				resource.update(edit.getOffset(), edit.getLength(), edit.getText());
			}
		} catch (RuntimeException e) {
			return false;
		}
		// Partial parsing is trusted only when it leaves a text without syntax errors, where its node model is sound.
		return resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors()
				&& text.equals(resource.getParseResult().getRootNode().getText());
	}

	/** @return the language's diagnostics of the current text, as {@code ccfw validate} reports them */
	public List<Issue> validate(CancelIndicator cancel) {
		return read((resource, text) -> {
			IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
			return validator.validate(resource, CheckMode.ALL, cancel);
		});
	}
}
