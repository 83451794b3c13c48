package org.normative.conformance.check.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normative.conformance.ConformanceException;

/** A profile the reader does not understand is refused when the suite loads, naming the test case and the place. */
class ProfileReaderTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rules: []                                                                     | a list \"rules\" of at least one rule",
            "rules: [{id: a, type: headings, sections: [x], orderd: true}]                 | has \"orderd\" at /rules/0",
            "rules: [{id: a, type: colour}]                                                | \"type\" of /rules/0 must be one of",
            "rules: [{id: a, type: page-count}, {id: b, type: page-count, min: 3, max: 1}] | the rule /rules/0 needs \"min\", \"max\"",
            "rules: [{id: a, type: fonts-embedded}, {id: a, type: text-length, min: 1}]    | two rules with the id \"a\"",
            "rules: [{id: a, type: forbidden-phrases, phrases: [{regex: \"(\"}]}]         | the regular expression ( at /rules/0/phrases/0 does not compile",
            "rules: [{id: a, type: metadata, field: colour}]                               | \"field\" of /rules/0 must be one of \"title\"",
            "rules: [{id: a, type: text-present, min-characters: -1}]                      | /rules/0/min-characters must be a whole number of at least 1",
            "rules: [{id: a, type: headings, sections: [{near: x}]}]                       | /rules/0/sections/0 must be a text, or an object",
            "rules: [{type: fonts-embedded}]                                               | /rules/0 needs \"id\"",
            "rules: [{id: a, type: fonts-embedded, formats: [odt]}]                        | must be one of \"pdf\", \"docx\", not \"odt\"",
    })
    void aWrongProfileIsRefusedWithThePlace(String profile, String expected) {
        assertThatThrownBy(() -> new DocumentChecks(folder).prepare(profile))
                .isInstanceOf(ConformanceException.class)
                .hasMessageContaining("/conf/test/document")
                .hasMessageContaining("profile.yaml")
                .hasMessageContaining(expected);
    }
}
