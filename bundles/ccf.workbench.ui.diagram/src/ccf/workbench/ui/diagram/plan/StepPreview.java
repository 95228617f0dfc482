/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.diagram.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ccf.workbench.remediation.Artifact;
import ccf.workbench.remediation.StepArtifacts;
import ccf.workbench.remediation.plan.Step;
import ccf.workbench.remediation.plan.StepGroup;

/**
 * A step with the generated file that carries it out, for its preview.
 *
 * @param path       the file's path among the artifacts
 * @param content    the file's text, or a sentence saying why there is none
 * @param stepOffset where the file's part of the step starts (the line that names it), or -1
 */
public record StepPreview(Step step, String path, String content, int stepOffset) {

	public static StepPreview of(StepGroup group, Step step, List<Artifact> artifacts) {
		String path = StepArtifacts.of(group, step);
		String content = artifacts.stream().filter(artifact -> artifact.path().equals(path)).findFirst()
				.map(StepPreview::text).orElse("(" + path + " was not generated)");
		Matcher named = Pattern.compile("(?i)\\bstep " + step.number() + "\\b").matcher(content);
		int offset = named.find() ? content.lastIndexOf('\n', named.start()) + 1 : -1;
		return new StepPreview(step, path, content, offset);
	}

	/** The text of a generated file: UTF-16 with its byte order mark (.reg files), else UTF-8, without the mark. */
	private static String text(Artifact artifact) {
		byte[] bytes = artifact.content();
		String text = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
				? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)
				: new String(bytes, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
