package org.normative.app;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.standards.testing.BundleAssertions;

/** The app's bundles (window and command line): the same keys in both languages, no blank text, valid patterns. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/normative/app/gui/i18n/", "/org/normative/app/cli/"})
    void bundleIsCompleteInBothLanguagesAndEveryMessageFormats(String folder) throws IOException {
        BundleAssertions.assertCompleteInBothLanguages(BundlesTest.class, folder);
    }
}
