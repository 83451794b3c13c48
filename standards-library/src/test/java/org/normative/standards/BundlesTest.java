package org.normative.standards;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.standards.testing.BundleAssertions;

/** Every message bundle of the library: the same keys in both languages, no blank text, valid patterns. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/normative/standards/", "/org/normative/standards/check/",
            "/org/normative/standards/links/", "/org/normative/standards/xml/",
            "/org/normative/standards/publishing/"})
    void bundleIsCompleteInBothLanguagesAndEveryMessageFormats(String folder) throws IOException {
        BundleAssertions.assertCompleteInBothLanguages(BundlesTest.class, folder);
    }
}
