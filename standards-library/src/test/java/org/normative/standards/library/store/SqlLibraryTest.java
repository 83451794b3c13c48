package org.normative.standards.library.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.workspace.Workspace;

class SqlLibraryTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private SqlLibrary library;

    @BeforeEach
    void open() throws StandardsException {
        workspace = Workspace.open(temp);
        library = new SqlLibrary(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void transactionRollsBackEveryRepositoryOnCheckedException() throws Exception {
        StandardsException failure = new StandardsException("standard.unknown", "X");

        assertThatThrownBy(() -> library.inTransaction(() -> {
            library.committees().add(committee("TC-A"));
            library.standards().add(document("A 1", "TC-A", edition("2024", Stage.PUBLISHED)));
            throw failure;
        })).isSameAs(failure);

        assertThat(library.service().committees()).isEmpty();
        assertThat(library.service().isEmpty()).isTrue();
    }

    @Test
    void transactionCommitsWhenWorkSucceeds() throws Exception {
        library.inTransaction(() -> {
            library.committees().add(committee("TC-A"));
            library.standards().add(document("A 1", "TC-A", edition("2024", Stage.PUBLISHED)));
        });

        assertThat(library.service().requireStandard("A 1").committeeCode()).isEqualTo("TC-A");
    }

    @Test
    void standardWithEditionsRoundTrips() throws Exception {
        library.committees().add(committee("TC-A"));
        Edition first = new Edition(0, "2020", Stage.WITHDRAWN, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 6, 1),
                LocalDate.of(2024, 12, 31), null);
        Edition second = new Edition(0, "2024", Stage.PUBLISHED, LocalDate.of(2024, 10, 1), null, null, "2020");
        library.standards().add(document("A 1", "TC-A", first, second));

        Standard stored = library.service().requireStandard("A 1");

        assertThat(stored.editions())
                .extracting(Edition::label, Edition::stage, Edition::publishedOn, Edition::implementedOn,
                        Edition::withdrawnOn, Edition::revisesLabel)
                .containsExactly(
                        tuple("2020", Stage.WITHDRAWN, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 6, 1),
                                LocalDate.of(2024, 12, 31), null),
                        tuple("2024", Stage.PUBLISHED, LocalDate.of(2024, 10, 1), null, null, "2020"));
        assertThat(stored.editions()).extracting(Edition::id).doesNotContain(0L).doesNotHaveDuplicates();
        assertThat(library.service().standards()).containsExactly(stored);
    }

    @Test
    void unknownStandardIsReportedByCode() throws Exception {
        assertThatThrownBy(() -> library.service().requireStandard("NO 1"))
                .isInstanceOfSatisfying(StandardsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("standard.unknown");
                    assertThat(e.userMessage(Locale.ENGLISH)).contains("NO 1");
                });
    }

    @Test
    void frameworkIsReadInTreeOrderWhateverTheInsertOrder() {
        library.framework().add(node("B", null), 2);
        library.framework().add(node("A", null), 1);
        library.framework().add(node("A2", "A"), 2);
        library.framework().add(node("B1", "B"), 1);
        library.framework().add(node("A1", "A"), 1);
        library.framework().add(node("A1a", "A1"), 1);

        assertThat(library.framework().findAll()).extracting(FrameworkNode::code, FrameworkNode::parentCode)
                .containsExactly(tuple("A", null), tuple("A1", "A"), tuple("A1a", "A1"), tuple("A2", "A"),
                        tuple("B", null), tuple("B1", "B"));
    }

    @Test
    void clausesAreNumberedByPositionWithinTheirParent() throws Exception {
        library.committees().add(committee("TC-A"));
        EditionContent content = new EditionContent(List.of(
                clause("scope", "Scope", null),
                clause("terms", "Terms", "", clause("term-a", "A", "a"), clause("term-b", "B", "b", clause("term-b-note", "Note", "n"))),
                clause("annex", "Annex", "x")), List.of(), List.of(), List.of());
        library.standards().add(new StandardDocument(committee("TC-A"), null,
                standard("A 1", "TC-A", edition("2024", Stage.WORKING_DRAFT)),
                List.of(new StandardDocument.EditionDocument(edition("2024", Stage.WORKING_DRAFT), content, null))));
        long edition = library.standards().findByCode("A 1").orElseThrow().editions().get(0).id();

        List<Clause> clauses = library.clauses().findByEdition(edition);

        assertThat(clauses).extracting(Clause::number, Clause::key)
                .containsExactly(tuple("1", "scope"), tuple("2", "terms"), tuple("3", "annex"));
        assertThat(clauses.get(0).id()).isPositive();
        assertThat(clauses.get(0).body()).isEmpty();
        assertThat(clauses.get(1).children()).extracting(Clause::number, Clause::key)
                .containsExactly(tuple("2.1", "term-a"), tuple("2.2", "term-b"));
        assertThat(clauses.get(1).children().get(1).children()).extracting(Clause::number)
                .containsExactly("2.2.1");
    }

    private static Clause clause(String key, String heading, String body, Clause... children) {
        return new Clause(0, key, "", heading, body, List.of(children));
    }

    /** A standard with empty editions, with its committee, as the repository takes it. */
    private static StandardDocument document(String code, String committee, Edition... editions) {
        return new StandardDocument(committee(committee), null, standard(code, committee, editions),
                java.util.Arrays.stream(editions).map(e -> new StandardDocument.EditionDocument(e, EditionContent.EMPTY, null)).toList());
    }

    private static Committee committee(String code) {
        return new Committee(code, LocalizedText.of(code + " committee", null), null);
    }

    private static FrameworkNode node(String code, String parent) {
        return new FrameworkNode(code, parent, LocalizedText.of(code, null));
    }

    private static Edition edition(String label, Stage stage) {
        return new Edition(0, label, stage, null, null, null, null);
    }

    private static Standard standard(String code, String committee, Edition... editions) {
        return new Standard(code, LocalizedText.of(code, code + " 中文"), committee, null, List.of(editions));
    }
}
