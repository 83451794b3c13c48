package org.normative.conformance;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.standards.testing.BundleAssertions;

/** The message bundle of the conformance module: the same keys in both languages, no blank text, valid patterns. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/normative/conformance/"})
    void bundleIsCompleteInBothLanguagesAndEveryMessageFormats(String folder) throws IOException {
        BundleAssertions.assertCompleteInBothLanguages(BundlesTest.class, folder);
    }
}
