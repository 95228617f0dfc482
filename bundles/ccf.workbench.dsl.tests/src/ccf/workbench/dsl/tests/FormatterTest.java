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

import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import ccf.workbench.model.deployment.Deployment;

@ExtendWith(InjectionExtension.class)
@InjectWith(CcfInjectorProvider.class)
class FormatterTest {

	@Inject
	private CcfFiles files;

	@Inject
	private ISerializer serializer;

	static Stream<Path> examples() throws IOException {
		return CcfFiles.examples();
	}

	private String format(String text) throws IOException {
		Deployment deployment = files.parse(text, "format.ccf", files.newResourceSet());
		return serializer.serialize(deployment, SaveOptions.newBuilder().format().getOptions());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void examplesAreFormatted(Path example) throws IOException {
		String text = Files.readString(example);

		assertThat(format(text)).isEqualTo(text);
	}

	@Test
	void layOutCrampedText() throws IOException {
		String cramped = "deployment D{domain A dns \"a.example\"{controller DC1} account A\\\\svc "
				+ "server S in A{pool P identity svc service Customer in P web.config \"W\"{endpoint client \"http://s/x\"}}"
				+ "clients C kind mmc{hosts H1,H2} spn host/s.a.example:80 on svc}";

		assertThat(format(cramped)).isEqualTo("""
				deployment D {
					domain A dns "a.example" {
						controller DC1
					}
					account A\\svc
					server S in A {
						pool P identity svc
						service Customer in P
							web.config "W" {
								endpoint client "http://s/x"
							}
					}
					clients C kind mmc {
						hosts H1, H2
					}
					spn host/s.a.example:80 on svc
				}
				""");
	}
}
