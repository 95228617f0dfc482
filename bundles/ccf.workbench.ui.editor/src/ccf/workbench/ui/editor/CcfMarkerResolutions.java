/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.editor;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import ccf.workbench.dsl.fixes.CcfQuickFixes;
import ccf.workbench.dsl.fixes.QuickFix;

/**
 * Quick fixes from the Problems view: the marker's file is read through its text file buffer (the open editor's
 * document when there is one), the diagnostic found again, and its fix applied; a file not open in an editor is saved.
 */
public class CcfMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return CcfQuickFixes.hasFix(marker.getAttribute(CcfProblemMarkers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		return withDocument(file, buffer -> {
			Issue issue = find(buffer, marker);
			if (issue == null) {
				return new IMarkerResolution[0];
			}
			CcfQuickFixes fixes = CcfLanguage.injector().getInstance(CcfQuickFixes.class);
			List<QuickFix> found = CcfDocumentModel.of(buffer.getDocument()).read((resource, text) -> fixes.fixes(resource, issue));
			return found.stream().map(fix -> new Resolution(file, fix)).toArray(IMarkerResolution[]::new);
		});
	}

	private static Issue find(ITextFileBuffer buffer, IMarker marker) {
		String code = marker.getAttribute(CcfProblemMarkers.CODE, "");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		List<Issue> issues = CcfDocumentModel.of(buffer.getDocument()).validate(CancelIndicator.NullImpl);
		return issues.stream().filter(i -> code.equals(CcfProblemMarkers.code(i)))
				.filter(i -> start < 0 || i.getOffset() != null && i.getOffset() == start).findFirst()
				.orElse(issues.stream().filter(i -> code.equals(CcfProblemMarkers.code(i))).findFirst().orElse(null));
	}

	private interface BufferWork<T> {
		T run(ITextFileBuffer buffer) throws CoreException, BadLocationException;
	}

	private static <T> T withDocument(IFile file, BufferWork<T> work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
			try {
				return work.run(manager.getTextFileBuffer(path, LocationKind.IFILE));
			} finally {
				manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(CcfMarkerResolutions.class).error("Cannot fix " + file.getFullPath(), e);
			return null;
		}
	}

	/** One fix of one marker. */
	private static final class Resolution implements IMarkerResolution {

		private final IFile file;
		private final QuickFix fix;

		Resolution(IFile file, QuickFix fix) {
			this.file = file;
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			withDocument(file, buffer -> {
				boolean wasDirty = buffer.isDirty();
				CcfQuickFixProposal.apply(fix, buffer.getDocument());
				if (!wasDirty && !buffer.isShared()) {
					buffer.commit(new NullProgressMonitor(), false);
				}
				return null;
			});
		}
	}
}
