/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import ccf.workbench.model.deployment.Deployment;
import ccf.workbench.model.samples.Kb969803Sample;

@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class ExamplesTest {

	@Inject
	private CcfFiles files;

	@Inject
	private ISerializer serializer;

	static Stream<Path> examples() throws IOException {
		return CcfFiles.examples();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void parsesAndLinksWithoutErrors(Path example) throws IOException {
		Deployment deployment = files.load(example);

		assertThat(deployment).isNotNull();
		CcfFiles.assertNoErrors(deployment.eResource().getResourceSet());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void serializesToTextThatParsesBackEqual(Path example) throws IOException {
		Deployment deployment = files.load(example);
		CcfFiles.assertNoErrors(deployment.eResource().getResourceSet());

		String text = serializer.serialize(deployment, SaveOptions.newBuilder().format().getOptions());
		XtextResourceSet again = files.newResourceSet();
		Deployment reparsed = files.parse(text, "reparsed.ccf", again);

		CcfFiles.assertNoErrors(again);
		assertThat(EcoreUtil.equals(reparsed, deployment)).as(text).isTrue();
	}

	@Test
	void kb969803ExampleIsTheModelOfTheSample() throws IOException {
		Deployment example = files.load(CcfFiles.examplesFolder().resolve("kb969803-fabrikam.ccf"));
		CcfFiles.assertNoErrors(example.eResource().getResourceSet());

		Deployment sample = Kb969803Sample.create(files.newResourceSet());

		assertThat(EcoreUtil.equals(example, sample)).isTrue();
	}

	@Test
	void fixedExampleDiffersFromTheBrokenOne() throws IOException {
		String before = Files.readString(CcfFiles.examplesFolder().resolve("kb969803-fabrikam.ccf"));
		String after = Files.readString(CcfFiles.examplesFolder().resolve("kb969803-fabrikam-fixed.ccf"));

		assertThat(after).contains("record \"ccfiisalias\" cname \"ccfiis.fabrikam.com\"")
				.contains("spn host/CCFIISAlias on ASPUSER").contains("spn host/ccfiisalias.fabrikam.com on ASPUSER")
				.doesNotContain("http://CCFIIS/").doesNotContain("http://ccfiis.fabrikam.com/");
		assertThat(before).doesNotContain("cname");
	}
}
