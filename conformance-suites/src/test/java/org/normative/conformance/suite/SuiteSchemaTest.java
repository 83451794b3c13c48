package org.normative.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The schema the build bundles is the one published for suite authors. */
class SuiteSchemaTest {

    @Test
    void theBundledSchemaIsThePublishedOne() throws IOException {
        Path published = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schemas/suite-1.xsd");
        try (InputStream bundled = SuiteFormat.class.getResourceAsStream("suite-1.xsd")) {
            assertThat(bundled).isNotNull();
            assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(published));
        }
    }
}
