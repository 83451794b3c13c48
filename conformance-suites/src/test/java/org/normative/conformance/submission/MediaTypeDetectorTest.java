package org.normative.conformance.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypeDetectorTest {

    @Test
    void oneJsonValuePerLineIsJsonLines() {
        assertThat(MediaTypeDetector.textKind("{\"a\": 1}\n{\"a\": \"}{\"}\n[2]\n")).isEqualTo(MediaTypes.JSON_LINES);
    }

    @Test
    void prettyPrintedJsonAndOneLineJsonAreJson() {
        assertThat(MediaTypeDetector.textKind("{\n  \"a\": 1\n}\n")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("{\"a\": 1}\n")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("[1]\n{\"a\": 1} trailing\n")).isEqualTo(MediaTypes.JSON);
    }

    @Test
    void aDocumentThatIsOneJsonScalarIsJson() {
        assertThat(MediaTypeDetector.textKind("\"caf\\u00e9 \\\"quoted\\\"\"")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("-12.5e3\n")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("null")).isEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("\"open \\\"")).isNotEqualTo(MediaTypes.JSON);
        assertThat(MediaTypeDetector.textKind("\"key\": value")).isEqualTo(MediaTypes.YAML);
    }
}
