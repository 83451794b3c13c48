package org.normative.standards.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.obligation.ObligationDetector;

class EditionDraftTest {

    private static final EditionContent SAVED = new EditionContent(
            List.of(new Clause(0, "scope", "1", "Scope", "This document specifies paging.", List.of()),
                    new Clause(0, "paging", "2", "Paging", "", List.of(
                            new Clause(0, "page-size", "2.1", "Page size", "", List.of()))),
                    new Clause(0, "errors", "3", "Errors", "", List.of())),
            List.of(), List.of(),
            List.of(new Requirement("/req/dg-0102/paging", "paging", "Collections shall be paged.", Obligation.SHALL, "core", 2)));

    private final EditionDraft draft = new EditionDraft("DG/T 0102", SAVED, new ObligationDetector());

    @Test
    void clausesAreAddedMovedIndentedAndOutdentedWithNumbersFollowing() {
        String key = draft.addClause("scope", false, "Terms and definitions");
        assertThat(key).isEqualTo("terms-and-definitions");
        assertThat(numbers()).containsExactly("1 scope", "2 terms-and-definitions", "3 paging", "3.1 page-size", "4 errors");

        assertThat(draft.indent("errors")).isTrue();
        assertThat(numbers()).containsExactly("1 scope", "2 terms-and-definitions", "3 paging", "3.1 page-size", "3.2 errors");
        assertThat(draft.moveUp("errors")).isTrue();
        assertThat(numbers()).containsExactly("1 scope", "2 terms-and-definitions", "3 paging", "3.1 errors", "3.2 page-size");
        assertThat(draft.outdent("errors")).isTrue();
        assertThat(numbers()).containsExactly("1 scope", "2 terms-and-definitions", "3 paging", "3.1 page-size", "4 errors");
        assertThat(draft.moveUp("scope")).isFalse();
        assertThat(draft.outdent("scope")).isFalse();
        assertThat(draft.indent("scope")).isFalse();
        assertThat(draft.moveDown("errors")).isFalse();
    }

    @Test
    void aDragMovesAClauseWithItsSubclausesButNeverIntoItself() {
        assertThat(draft.moveTo("paging", "errors", 0)).isTrue();
        assertThat(numbers()).containsExactly("1 scope", "2 errors", "2.1 paging", "2.1.1 page-size");
        assertThat(draft.moveTo("errors", "page-size", 0)).isFalse();
        assertThat(draft.moveTo("page-size", null, 0)).isTrue();
        assertThat(numbers()).containsExactly("1 page-size", "2 scope", "3 errors", "3.1 paging");
    }

    @Test
    void everyChangeIsUndoneAndRedoneAndTheDraftKnowsWhenItIsBackToWhatWasSaved() {
        assertThat(draft.isDirty()).isFalse();
        draft.editClause("scope", "Scope", "This document specifies paging and sorting.");
        String key = draft.addClause("paging", true, "Sorting");
        assertThat(draft.isDirty()).isTrue();

        draft.undo();
        assertThat(draft.content().clause(key)).isEmpty();
        draft.undo();
        assertThat(draft.content()).isEqualTo(draft.base());
        assertThat(draft.isDirty()).isFalse();
        assertThat(draft.canUndo()).isFalse();

        draft.redo();
        draft.redo();
        assertThat(draft.content().clause(key)).isPresent();
        assertThat(draft.canRedo()).isFalse();

        draft.editClause("errors", "Errors", "");
        assertThat(draft.canUndo()).as("an edit that changes nothing is no step").isTrue();
        draft.undo();
        assertThat(draft.content().clause(key)).isEmpty();
    }

    @Test
    void requirementsGetIdsInTheEditionsPatternAndObligationsFromTheirVerbalForms() {
        Requirement english = draft.addRequirement("page-size", "Servers should cap the page size at 100.", null);
        assertThat(english.id()).isEqualTo("/req/dg-0102/page-size");
        assertThat(english.obligation()).isEqualTo(Obligation.SHOULD);
        assertThat(english.revision()).isEqualTo(1);

        Requirement second = draft.addRequirement("page-size", "Clients may ask for fewer items.", "core");
        assertThat(second.id()).isEqualTo("/req/dg-0102/page-size-2");
        assertThat(second.obligation()).isEqualTo(Obligation.MAY);

        String chineseClause = draft.addClause("errors", false, "错误处理");
        assertThat(chineseClause).isEqualTo("clause");
        Requirement chinese = draft.addRequirement(chineseClause, "错误响应应采用 problem+json 格式。", null);
        assertThat(chinese.id()).matches("/req/dg-0102/r\\d+");
        assertThat(chinese.obligation()).isEqualTo(Obligation.SHALL);
    }

    @Test
    void aStatementChangedSinceTheSaveCountsOneRevisionHoweverOftenItIsEdited() {
        draft.editRequirement("/req/dg-0102/paging", "Collections should be paged.", "core");
        Requirement edited = draft.editRequirement("/req/dg-0102/paging", "Collections may be paged.", "core");
        assertThat(edited.revision()).isEqualTo(3);
        assertThat(edited.obligation()).isEqualTo(Obligation.MAY);
        Requirement back = draft.editRequirement("/req/dg-0102/paging", "Collections shall be paged.", "core");
        assertThat(back.revision()).isEqualTo(2);
    }

    @Test
    void removingAClauseTakesItsSubclausesAndTheirRequirements() {
        draft.addRequirement("page-size", "Servers shall cap the page size.", null);
        draft.removeClause("paging");
        assertThat(numbers()).containsExactly("1 scope", "2 errors");
        assertThat(draft.content().requirements()).isEmpty();
        assertThat(draft.addClause("errors", false, "Paging")).as("a removed key is not reused while undoable").isEqualTo("paging-2");
    }

    @Test
    void termsAndDatedOrUndatedReferencesAreAddedOnce() {
        String term = draft.addTerm("page", "a part of a collection", null);
        assertThat(draft.content().terms()).singleElement().satisfies(t -> assertThat(t.key()).isEqualTo(term));
        assertThat(draft.addReference("GB/T 22239", "2019", "网络安全等级保护基本要求", true)).isPresent();
        assertThat(draft.addReference("GB/T 22239", "2019", "again", true)).isEmpty();
        assertThat(draft.addReference("GB/T 22239", null, "undated", true)).isPresent();
        assertThat(draft.content().references()).extracting(r -> r.isDated()).containsExactly(true, false);
    }

    @Test
    void idsFollowTheSharedPrefixOrTheStandardsCode() {
        assertThat(RequirementIds.prefix("DG/T 0102", Set.of("/req/dg-0102/a", "/req/dg-0102/b/c"))).isEqualTo("/req/dg-0102/");
        assertThat(RequirementIds.prefix("GB/T 22239", Set.of())).isEqualTo("/req/gb-22239/");
        assertThat(RequirementIds.mint("GB/T 22239", "安全", Set.of())).isEqualTo("/req/gb-22239/r1");
    }

    @Test
    void adoptingTheOtherVersionKeepsOursOneUndoAway() {
        draft.editClause("scope", "Scope", "Ours.");
        EditionContent theirs = new EditionContent(SAVED.clauses().subList(0, 1), List.of(), List.of(), List.of());
        draft.adopt(theirs);
        assertThat(draft.isDirty()).isFalse();
        assertThat(numbers()).containsExactly("1 scope");
        draft.undo();
        assertThat(draft.clause("scope").body()).isEqualTo("Ours.");
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void aNewClauseTakesItsKeyFromItsHeadingUntilSavedAndThenKeepsIt() {
        String key = draft.addClause("scope", false, "New clause");
        assertThat(key).isEqualTo("new-clause");
        draft.addRequirement(key, "Servers shall sort.", null);

        String renamed = draft.editClause(key, "Sorting", "");
        assertThat(renamed).isEqualTo("sorting");
        assertThat(draft.content().requirementsOf("sorting")).hasSize(1);
        assertThat(draft.editClause(renamed, "排序", "")).as("a heading without Latin words keeps the key").isEqualTo("sorting");

        draft.markSaved(draft.content());
        assertThat(draft.editClause("sorting", "Ordering", "")).isEqualTo("sorting");
        assertThat(draft.editClause("scope", "Scope and field", "")).isEqualTo("scope");
    }

    private List<String> numbers() {
        return draft.content().allClauses().stream().map(c -> c.number() + " " + c.key()).toList();
    }
}
