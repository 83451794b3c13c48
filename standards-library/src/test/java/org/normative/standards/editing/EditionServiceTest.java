package org.normative.standards.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.audit.AuditEntry;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.ContentFingerprint;
import org.normative.standards.library.EditConflictException;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.Term;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

class EditionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final EditionRef PUBLISHED = new EditionRef("DG/T 9001", "2024");
    private static final EditionRef DRAFT = new EditionRef("DG/T 9001", "2026");

    @TempDir
    Path temp;

    private Workspace workspace;
    private SqlLibrary library;
    private EditionService service;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(temp);
        library = new SqlLibrary(workspace);
        service = new EditionService(library, "li.wei", CLOCK);
        Edition published = new Edition(0, "2024", Stage.PUBLISHED, LocalDate.of(2024, 5, 1), null, null, null);
        Edition draft = new Edition(0, "2026", Stage.COMMITTEE_DRAFT, null, null, null, "2024");
        library.standards().add(new StandardDocument(
                new Committee("TC-DATA", LocalizedText.of("Data", "数据"), null), null,
                new Standard("DG/T 9001", LocalizedText.of("Paging", "分页"), "TC-DATA", null, List.of(published, draft)),
                List.of(new StandardDocument.EditionDocument(published, content("Collections should be paged."), null),
                        new StandardDocument.EditionDocument(draft, content("Collections shall be paged."), null))));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static EditionContent content(String paging) {
        return new EditionContent(
                List.of(new Clause(0, "scope", "", "Scope", "This document specifies paging.", List.of()),
                        new Clause(0, "paging", "", "Paging", "", List.of(
                                new Clause(0, "page-size", "", "Page size", "应支持 limit 参数。", List.of())))),
                List.of(new Term("term-page", "page", "a part of a collection", null)),
                List.of(new Reference("ref-22239", "GB/T 22239", "2019", "网络安全等级保护基本要求", true)),
                List.of(new Requirement("/req/dg-9001/paging", "paging", paging,
                                paging.contains("shall") ? Obligation.SHALL : Obligation.SHOULD, "core", 1),
                        new Requirement("/req/dg-9001/limit", "page-size", "应支持 limit 参数。", Obligation.SHALL, "core", 1)));
    }

    @Test
    void contentRoundTripsThroughTheDatabase() throws Exception {
        assertThat(service.content(DRAFT)).isEqualTo(withNumbers(content("Collections shall be paged."), service.content(DRAFT)));
        assertThat(service.content(DRAFT).clause("page-size").orElseThrow().number()).isEqualTo("2.1");
    }

    @Test
    void publishedEditionRejectsEditsThroughTheService() throws Exception {
        EditionContent before = service.content(PUBLISHED);

        assertThatThrownBy(() -> service.updateClause(PUBLISHED, "scope", 0, "Scope", "changed"))
                .isInstanceOfSatisfying(StandardsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("edition.immutable");
                    assertThat(e.userMessage(Locale.ENGLISH)).contains("DG/T 9001@2024", "60.60 Published", "new edition");
                });
        assertThatThrownBy(() -> service.updateRequirement(PUBLISHED, "/req/dg-9001/paging", 0, "x", Obligation.SHALL, null))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");
        assertThatThrownBy(() -> service.replaceContent(PUBLISHED, EditionContent.EMPTY))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");

        assertThat(service.content(PUBLISHED)).isEqualTo(before);
        assertThat(library.audit().history(null, 10)).isEmpty();
    }

    @Test
    void publishedEditionRejectsEditsThroughTheRepositoriesDirectly() throws Exception {
        long id = service.locate(PUBLISHED).edition().id();
        EditionContent before = library.contents().load(id);

        assertThatThrownBy(() -> library.contents().replace(id, EditionContent.EMPTY))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");
        assertThatThrownBy(() -> library.contents().updateClause(id, "scope", 0, "Scope", "changed"))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");
        assertThatThrownBy(() -> library.contents().updateRequirement(id, "/req/dg-9001/paging", 0, "x", Obligation.SHALL, null))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");

        assertThat(library.contents().load(id)).isEqualTo(before);
    }

    @Test
    void forbiddenTransitionIsRefusedNamingTheAllowedMoves() {
        assertThatThrownBy(() -> service.moveToStage(PUBLISHED, Stage.ENQUIRY_BALLOT))
                .isInstanceOfSatisfying(StandardsException.class, e -> assertThat(e.userMessage(Locale.ENGLISH))
                        .contains("DG/T 9001@2024 is at 60.60 Published and cannot move to 40.20 Enquiry ballot")
                        .contains("Allowed moves from 60.60 Published: 90.20 Under systematic review, 95.20 Withdrawal ballot, 95.99 Withdrawn"));
        assertThatThrownBy(() -> service.moveToStage(DRAFT, Stage.PUBLISHED))
                .hasFieldOrPropertyWithValue("messageKey", "lifecycle.forbidden");
    }

    @Test
    void enteringABallotFreezesTheBaselineOfTheContent() throws Exception {
        EditionContent content = service.content(DRAFT);

        Edition moved = service.moveToStage(DRAFT, Stage.COMMITTEE_DRAFT_BALLOT);

        assertThat(moved.stage()).isEqualTo(Stage.COMMITTEE_DRAFT_BALLOT);
        assertThat(service.baseline(DRAFT)).isEqualTo(ContentFingerprint.of(content)).hasSize(64);
        service.moveToStage(DRAFT, Stage.COMMITTEE_DRAFT);
        service.updateClause(DRAFT, "scope", service.clauseVersion(DRAFT, "scope"), "Scope", "Changed after the ballot.");
        assertThat(ContentFingerprint.of(service.content(DRAFT))).isNotEqualTo(service.baseline(DRAFT));
    }

    @Test
    void fingerprintIgnoresDatabaseIdsAndNumbersButNotContent() throws Exception {
        EditionContent stored = service.content(DRAFT);
        EditionContent fresh = content("Collections shall be paged.");

        assertThat(ContentFingerprint.of(stored)).isEqualTo(ContentFingerprint.of(fresh));
        assertThat(ContentFingerprint.of(content("Collections shall be paged!"))).isNotEqualTo(ContentFingerprint.of(fresh));
    }

    @Test
    void walkingAnEditionToPublicationDatesItAndThenFreezesIt() throws Exception {
        for (Stage stage : List.of(Stage.COMMITTEE_DRAFT_BALLOT, Stage.COMMITTEE_DRAFT_APPROVED, Stage.ENQUIRY_DRAFT,
                Stage.ENQUIRY_BALLOT, Stage.ENQUIRY_APPROVED, Stage.UNDER_PUBLICATION, Stage.PUBLISHED)) {
            service.moveToStage(DRAFT, stage);
        }

        Edition published = service.locate(DRAFT).edition();
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> service.updateClause(DRAFT, "scope", service.clauseVersion(DRAFT, "scope"), "S", "x"))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");
        service.moveToStage(PUBLISHED, Stage.WITHDRAWN);
        assertThat(service.locate(PUBLISHED).edition().withdrawnOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> service.moveToStage(PUBLISHED, Stage.PUBLISHED))
                .hasFieldOrPropertyWithValue("messageKey", "lifecycle.final");
    }

    @Test
    void newEditionFromAPublishedOneKeepsRequirementIdentities() throws Exception {
        Edition next = service.newEditionFrom(PUBLISHED, "2027");

        EditionRef ref = new EditionRef("DG/T 9001", "2027");
        assertThat(next.stage()).isEqualTo(Stage.WORKING_DRAFT);
        assertThat(next.revisesLabel()).isEqualTo("2024");
        assertThat(service.content(ref).requirements()).isEqualTo(service.content(PUBLISHED).requirements());
        assertThat(ContentFingerprint.of(service.content(ref))).isEqualTo(ContentFingerprint.of(service.content(PUBLISHED)));
        service.updateClause(ref, "scope", service.clauseVersion(ref, "scope"), "Scope", "Now editable.");
        assertThat(service.content(PUBLISHED).clause("scope").orElseThrow().body()).isEqualTo("This document specifies paging.");
        assertThatThrownBy(() -> service.newEditionFrom(PUBLISHED, "2027")).hasFieldOrPropertyWithValue("messageKey", "edition.exists");
    }

    @Test
    void requirementRevisionCountsStatementChangesOnly() throws Exception {
        String id = "/req/dg-9001/paging";
        Requirement reworded = service.updateRequirement(DRAFT, id, service.requirementVersion(DRAFT, id),
                "Collections shall be paged with limit and offset.", Obligation.SHALL, "core");
        Requirement reclassed = service.updateRequirement(DRAFT, id, service.requirementVersion(DRAFT, id),
                reworded.statement(), Obligation.SHALL, "paging");

        assertThat(reworded.revision()).isEqualTo(2);
        assertThat(reclassed.revision()).isEqualTo(2);
        assertThat(service.content(DRAFT).requirement(id).orElseThrow().requirementClass()).isEqualTo("paging");
    }

    @Test
    void twoWritersOfTheSameClauseGetAConflictNotALostUpdate() throws Exception {
        // two people, each with their own service and connection, open the same clause
        EditionService other = new EditionService(new SqlLibrary(workspace), "zhang.min", CLOCK);
        long readByLi = service.clauseVersion(DRAFT, "paging");
        long readByZhang = other.clauseVersion(DRAFT, "paging");

        service.updateClause(DRAFT, "paging", readByLi, "Paging", "Li's text.");

        assertThatThrownBy(() -> other.updateClause(DRAFT, "paging", readByZhang, "Paging", "Zhang's text."))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.userMessage(Locale.ENGLISH))
                        .contains("\"Paging\" (paging)", "changed by someone else", "Nothing was overwritten"));
        assertThat(service.content(DRAFT).clause("paging").orElseThrow().body()).isEqualTo("Li's text.");
        assertThat(other.updateClause(DRAFT, "paging", other.clauseVersion(DRAFT, "paging"), "Paging", "Zhang's text."))
                .isEqualTo(readByZhang + 2);
    }

    @Test
    void everyChangeIsInTheAuditTrailWithItsActor() throws Exception {
        service.moveToStage(DRAFT, Stage.COMMITTEE_DRAFT_BALLOT);
        service.newEditionFrom(PUBLISHED, "2027");

        List<AuditEntry> history = library.audit().history(null, 10);

        assertThat(history).extracting(AuditEntry::action).containsExactly("edition.create", "edition.stage");
        assertThat(history).extracting(AuditEntry::actor).containsOnly("li.wei");
        assertThat(history.get(1).detail()).startsWith("30.00 -> 30.20; baseline ");
        assertThat(library.audit().verify().intact()).isTrue();
    }

    @Test
    void aFailedEditLeavesNoAuditEntry() throws Exception {
        assertThatThrownBy(() -> service.updateClause(DRAFT, "paging", 41, "Paging", "x")).isInstanceOf(EditConflictException.class);

        assertThat(library.audit().history(null, 10)).isEmpty();
    }

    @Test
    void editionReferencesAreParsedAndUnknownOnesNamed() throws Exception {
        assertThat(EditionRef.parse("DG/T 0101@2026")).isEqualTo(new EditionRef("DG/T 0101", "2026"));
        assertThat(EditionRef.parse(" DG/T 0101 ")).isEqualTo(new EditionRef("DG/T 0101", null));
        assertThatThrownBy(() -> EditionRef.parse("DG/T 0101@")).hasFieldOrPropertyWithValue("messageKey", "edition.badReference");
        assertThatThrownBy(() -> service.locate(new EditionRef("DG/T 9001", "1999")))
                .isInstanceOfSatisfying(StandardsException.class, e -> assertThat(e.userMessage(Locale.ENGLISH))
                        .contains("no edition 1999", "2024, 2026"));
        assertThat(service.locate(new EditionRef("DG/T 9001", null)).edition().label()).isEqualTo("2024");
    }

    /** The expected content with the clause ids and numbers the database gave, for a record comparison. */
    private static EditionContent withNumbers(EditionContent expected, EditionContent stored) {
        return new EditionContent(renumber(expected.clauses(), stored.clauses()), expected.terms(), expected.references(),
                expected.requirements());
    }

    private static List<Clause> renumber(List<Clause> expected, List<Clause> stored) {
        return java.util.stream.IntStream.range(0, expected.size()).mapToObj(i -> new Clause(stored.get(i).id(),
                expected.get(i).key(), stored.get(i).number(), expected.get(i).heading(), expected.get(i).body(),
                renumber(expected.get(i).children(), stored.get(i).children()))).toList();
    }

    @Test
    void anEditorSavesOverWhatItLoadedAndAConcurrentSaveIsAConflictThatKeepsBothVersions() throws Exception {
        EditionContent loaded = service.content(DRAFT);
        EditionDraft mine = new EditionDraft("DG/T 9001", loaded, new org.normative.standards.obligation.ObligationDetector());
        EditionDraft theirs = new EditionDraft("DG/T 9001", loaded, new org.normative.standards.obligation.ObligationDetector());
        mine.editClause("scope", "Scope", "Mine.");
        theirs.editClause("scope", "Scope", "Theirs.");

        service.saveContent(DRAFT, theirs.baseFingerprint(), theirs.content());
        assertThatThrownBy(() -> service.saveContent(DRAFT, mine.baseFingerprint(), mine.content()))
                .isInstanceOfSatisfying(ContentConflictException.class, e -> {
                    assertThat(e.stored().clause("scope").orElseThrow().body()).isEqualTo("Theirs.");
                    assertThat(e.userMessage(Locale.ENGLISH)).contains("DG/T 9001@2026", "Nothing was overwritten");
                });
        assertThat(service.content(DRAFT).clause("scope").orElseThrow().body()).isEqualTo("Theirs.");
        assertThat(mine.content().clause("scope").orElseThrow().body()).isEqualTo("Mine.");

        // keeping mine after seeing theirs: save against what is stored now
        service.saveContent(DRAFT, ContentFingerprint.of(service.content(DRAFT)), mine.content());
        assertThat(service.content(DRAFT).clause("scope").orElseThrow().body()).isEqualTo("Mine.");
        assertThat(library.audit().history(null, 10)).extracting(AuditEntry::action).containsOnly("edition.content");

        assertThatThrownBy(() -> service.saveContent(PUBLISHED, ContentFingerprint.of(service.content(PUBLISHED)), mine.content()))
                .hasFieldOrPropertyWithValue("messageKey", "edition.immutable");
    }
}
