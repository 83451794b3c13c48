package org.normative.conformance.check.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written number scanner accepts exactly what the regular expression it replaced accepts. */
class NumberTextTest {

    /** The grammar as it was written before the scanner: the oracle. */
    private static final Pattern GRAMMAR = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,9})?");

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+12", "3.", ".5", "1.25", "-0.0", "1e5", "1E+5", "2.5e-10", ".5e1", "1e123456789"})
    void numbers(String text) {
        assertThat(FieldType.isNumberText(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "+.", "e5", "1e", "1e+", "1e1234567890", "1.2.3", "1,5", " 1", "1 ", "0x10",
            "١٢", "1e5.0", "--1", "NaN"})
    void notNumbers(String text) {
        assertThat(FieldType.isNumberText(text)).isFalse();
    }

    @Test
    void agreesWithTheGrammarOnRandomTexts() {
        Random random = new Random(7064);
        String alphabet = "0123456789+-.eE x";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            assertThat(FieldType.isNumberText(candidate)).as(candidate).isEqualTo(GRAMMAR.matcher(candidate).matches());
        }
    }
}
