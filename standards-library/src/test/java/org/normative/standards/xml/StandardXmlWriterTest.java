package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.StandardDocument.EditionDocument;

/** What the writer refuses to write, and what it writes that is easy to get wrong. */
class StandardXmlWriterTest {

    private final StandardXmlWriter writer = new StandardXmlWriter();

    @Test
    void keyWithASpaceIsRefusedAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> writer.write(document(clause("my key")), out));

        assertThat(thrown).isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The standard DG/T 9999 cannot be written as XML: the value 'my key' of attribute 'key' on "
                        + "<clause> is not valid: it must be a key without spaces, such as scope or /req/dg-0102/paging.");
        assertThat(((StandardXmlException) thrown).messageKey()).isEqualTo("standard.xml.cannotWrite");
        assertThat(((StandardXmlException) thrown).userMessage(Locale.SIMPLIFIED_CHINESE))
                .startsWith("标准 DG/T 9999 无法写为 XML：<clause> 的属性“key”的值“my key”无效");
        assertThat(out.size()).isZero();
    }

    @Test
    void twoClausesWithOneKeyAreRefused() {
        assertThatThrownBy(() -> write(document(clause("scope"), clause("scope"))))
                .isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The standard DG/T 9999 cannot be written as XML: the clause key 'scope' is used more than "
                        + "once in this edition; each clause needs a key of its own.");
    }

    @Test
    void controlCharacterIsRefusedWithTheTextBeforeIt() {
        Clause clause = new Clause(0, "scope", "1", "Scope", "This document\u0001 applies.", List.of());

        assertThatThrownBy(() -> write(document(clause)))
                .isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The standard DG/T 9999 cannot be written as XML: its text holds the control character "
                        + "U+0001, which XML cannot hold (it follows \"This document\").");
    }

    @Test
    void loneSurrogateIsRefused() {
        Clause clause = new Clause(0, "scope", "1", "Scope", "broken \uD800 text", List.of());

        assertThatThrownBy(() -> write(document(clause)))
                .isExactlyInstanceOf(StandardXmlException.class)
                .hasMessageContaining("U+D800");
    }

    @Test
    void clausesNestedThirteenDeepAreRefused() {
        Clause deepest = clause("c13");
        for (int i = 12; i >= 1; i--) {
            deepest = new Clause(0, "c" + i, "", "Heading", "", List.of(deepest));
        }
        Clause top = deepest;

        assertThatThrownBy(() -> write(document(top)))
                .isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The standard DG/T 9999 cannot be written as XML: clauses are nested more than 12 levels "
                        + "deep here; Normative reads at most 12 levels of clauses, so the file is refused.");
    }

    @Test
    void requirementOfAMissingClauseIsRefused() {
        EditionContent content = new EditionContent(List.of(clause("scope")), List.of(), List.of(),
                List.of(new Requirement("/req/a", "gone", "A.", Obligation.SHALL, null, 1)));

        assertThatThrownBy(() -> write(document(content)))
                .isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The standard DG/T 9999 cannot be written as XML: the requirement refers to the clause "
                        + "'gone', which this edition does not have.");
    }

    @Test
    void documentThatContradictsItselfIsAProgrammingError() {
        StandardDocument document = document(clause("scope"));
        Standard otherCommittee = new Standard("DG/T 9999", document.standard().title(), "TC-OTHER", null,
                document.standard().editions());
        StandardDocument contradictory = new StandardDocument(document.committee(), null, otherCommittee,
                document.editions());

        assertThatThrownBy(() -> write(contradictory)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("committee code");
    }

    @Test
    void failingStreamGivesAMessageForPeople() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> writer.write(document(clause("scope")), full))
                .isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The standard DG/T 9999 could not be written: No space left on device");
    }

    @Test
    void textInOneLanguageOnlyAndCharactersOutsideTheBasicPlaneRoundTrip() throws Exception {
        Clause clause = new Clause(0, "scope", "1", "𠀀 范围 😀", "\t缩进\n\n两行  空格 ", List.of());
        StandardDocument document = document(new EditionContent(List.of(clause), List.of(), List.of(), List.of()));
        Standard chineseOnly = new Standard("DG/T 9999", LocalizedText.of(null, "仅中文标题"), "TC-TEST", null,
                document.standard().editions());
        StandardDocument written = new StandardDocument(
                new Committee("TC-TEST", LocalizedText.of(null, "测试委员会"), null), null, chineseOnly,
                document.editions());

        byte[] bytes = write(written);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<title xml:lang=\"zh\">仅中文标题</title>")
                .doesNotContain("xml:lang=\"en\"").contains("𠀀 范围 😀");
        assertThat(new StandardXmlReader().read(new ByteArrayInputStream(bytes))).isEqualTo(written);
    }

    private byte[] write(StandardDocument document) throws StandardXmlException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        return out.toByteArray();
    }

    private static Clause clause(String key) {
        return new Clause(0, key, "1", "Heading", "", List.of());
    }

    private static StandardDocument document(Clause... clauses) {
        return document(new EditionContent(List.of(clauses), List.of(), List.of(), List.of()));
    }

    private static StandardDocument document(EditionContent content) {
        Edition edition = new Edition(0, "1", Stage.WORKING_DRAFT, null, null, null, null);
        Standard standard = new Standard("DG/T 9999", LocalizedText.of("Test", null), "TC-TEST", null, List.of(edition));
        return new StandardDocument(new Committee("TC-TEST", LocalizedText.of("Test committee", null), null), null,
                standard, List.of(new EditionDocument(edition, content, null)));
    }
}
