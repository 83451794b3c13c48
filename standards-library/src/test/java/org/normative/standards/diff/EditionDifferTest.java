package org.normative.standards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.normative.standards.diff.TestEditions.clause;
import static org.normative.standards.diff.TestEditions.edition;
import static org.normative.standards.diff.TestEditions.reference;
import static org.normative.standards.diff.TestEditions.requirement;
import static org.normative.standards.diff.TestEditions.term;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.normative.standards.diff.Change.Subject;
import org.normative.standards.library.Clause;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Term;

class EditionDifferTest {

    private final EditionDiffer differ = new EditionDiffer();

    @Test
    void identicalEditionsHaveNoChanges() {
        EditionContent content = edition(clause("scope", "Scope"),
                clause("auth", "Authentication", clause("methods", "Methods"), clause("sessions", "Sessions")))
                .requirements(requirement("/req/a", "methods", Obligation.SHALL, "The system shall log in."))
                .terms(term("t-otp", "OTP", "One-time password."))
                .references(reference("r-1", "GB/T 22239", "2019", true))
                .build();

        assertThat(differ.diff(content, content).isEmpty()).isTrue();
    }

    @Test
    void emptyEditionsHaveNoChanges() {
        assertThat(differ.diff(EditionContent.EMPTY, EditionContent.EMPTY).changes()).isEmpty();
    }

    @Nested
    class Clauses {

        @Test
        void addedClauseIsReportedWithItsNumberAndHeading() {
            EditionDiff diff = differ.diff(edition(clause("scope", "Scope")).build(),
                    edition(clause("scope", "Scope"), clause("paging", "Paging")).build());

            assertThat(diff.changes()).containsExactly(new Change(Subject.CLAUSE, ChangeType.ADDED, "paging", null,
                    "2 Paging", false, List.of(), List.of()));
        }

        @Test
        void removedClauseIsReportedWithItsFormerLabel() {
            EditionDiff diff = differ.diff(edition(clause("scope", "Scope"), clause("paging", "Paging")).build(),
                    edition(clause("scope", "Scope")).build());

            assertThat(diff.changes()).containsExactly(new Change(Subject.CLAUSE, ChangeType.REMOVED, "paging",
                    "2 Paging", null, false, List.of(), List.of()));
        }

        @Test
        void changedHeadingAndBodyAreOneChangeWithAWordDiffOfTheBody() {
            EditionDiff diff = differ.diff(edition(clause("paging", "Paging", "Results come in pages.")).build(),
                    edition(clause("paging", "Pagination", "Results come in pages of 20.")).build());

            Change change = diff.changes().get(0);
            assertThat(diff.changes()).hasSize(1);
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.beforeLabel()).isEqualTo("1 Paging");
            assertThat(change.afterLabel()).isEqualTo("1 Pagination");
            assertThat(change.details()).containsExactly("heading", "text");
            assertThat(EditionDiffText.inline(change.wordDiff())).isEqualTo("Results come in pages{+ of 20+}.");
            assertThat(change.significant()).isFalse();
        }

        @Test
        void clauseUnderAnotherParentIsMoved() {
            EditionDiff diff = differ.diff(
                    edition(clause("a", "A", clause("x", "X")), clause("b", "B")).build(),
                    edition(clause("a", "A"), clause("b", "B", clause("x", "X"))).build());

            assertThat(diff.changes()).containsExactly(new Change(Subject.CLAUSE, ChangeType.MOVED, "x", "1.1 X",
                    "2.1 X", false, List.of("moved from 1.1 to 2.1"), List.of()));
        }

        @Test
        void reorderedSiblingIsMovedButTheOthersAreNot() {
            EditionDiff diff = differ.diff(
                    edition(clause("a", "A"), clause("b", "B"), clause("c", "C"), clause("d", "D")).build(),
                    edition(clause("a", "A"), clause("c", "C"), clause("d", "D"), clause("b", "B")).build());

            assertThat(diff.changes()).extracting(Change::key, Change::type)
                    .containsExactly(tuple("b", ChangeType.MOVED));
            assertThat(diff.changes().get(0).details()).containsExactly("moved from 2 to 4");
        }

        @Test
        void renumberingAfterAnInsertionOrRemovalIsNotAMove() {
            EditionDiff diff = differ.diff(
                    edition(clause("scope", "Scope"), clause("old", "Old"),
                            clause("auth", "Auth", clause("methods", "Methods"), clause("sessions", "Sessions")))
                            .build(),
                    edition(clause("scope", "Scope"),
                            clause("auth", "Auth", clause("new", "New"), clause("methods", "Methods"),
                                    clause("sessions", "Sessions")))
                            .build());

            assertThat(diff.changes()).extracting(Change::key, Change::type).containsExactly(
                    tuple("new", ChangeType.ADDED),
                    tuple("old", ChangeType.REMOVED));
        }

        @Test
        void childrenOfAMovedClauseMoveWithItWithoutBeingMoved() {
            EditionDiff diff = differ.diff(
                    edition(clause("a", "A", clause("x", "X", clause("x1", "X1"), clause("x2", "X2"))),
                            clause("b", "B")).build(),
                    edition(clause("a", "A"),
                            clause("b", "B", clause("x", "X", clause("x1", "X1"), clause("x2", "X2")))).build());

            assertThat(diff.changes()).extracting(Change::key).containsExactly("x");
        }

        @Test
        void clauseBothMovedAndChangedGivesAMoveThenAChange() {
            EditionDiff diff = differ.diff(
                    edition(clause("a", "A", clause("x", "X", "Old words.")), clause("b", "B")).build(),
                    edition(clause("a", "A"), clause("b", "B", clause("x", "X", "New words."))).build());

            assertThat(diff.changesOf(Subject.CLAUSE, "x")).extracting(Change::type, Change::details).containsExactly(
                    tuple(ChangeType.MOVED, List.of("moved from 1.1 to 2.1")),
                    tuple(ChangeType.CHANGED, List.of("text")));
            assertThat(diff.count(ChangeType.MOVED)).isEqualTo(1);
            assertThat(diff.count(ChangeType.CHANGED)).isEqualTo(1);
        }

        @Test
        void clausesComeInDocumentOrderOfTheNewEditionThenRemovedOnesInFormerOrder() {
            EditionDiff diff = differ.diff(
                    edition(clause("gone1", "G1"), clause("a", "A", "a"), clause("gone2", "G2"),
                            clause("b", "B", "b")).build(),
                    edition(clause("b", "B", "b2", clause("new1", "N1")), clause("a", "A", "a2"),
                            clause("new2", "N2")).build());

            // a and b swapped: one move explains it; which of the two is reported is fixed, not meaningful
            assertThat(diff.changes(Subject.CLAUSE)).extracting(Change::key, Change::type).containsExactly(
                    tuple("b", ChangeType.MOVED),
                    tuple("b", ChangeType.CHANGED),
                    tuple("new1", ChangeType.ADDED),
                    tuple("a", ChangeType.CHANGED),
                    tuple("new2", ChangeType.ADDED),
                    tuple("gone1", ChangeType.REMOVED),
                    tuple("gone2", ChangeType.REMOVED));
        }

        @Test
        void duplicateClauseKeysAreRejected() {
            EditionContent broken = edition(clause("a", "A"), clause("b", "B", clause("a", "A again"))).build();

            assertThatThrownBy(() -> differ.diff(EditionContent.EMPTY, broken))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clause key a");
        }
    }

    @Nested
    class Requirements {

        private static final Clause SECTION = clause("s", "S", clause("c1", "C1"), clause("c2", "C2"));

        private EditionDiff diff(Requirement[] before, Requirement[] after) {
            return differ.diff(edition(SECTION).requirements(before).build(), edition(SECTION).requirements(after).build());
        }

        @Test
        void addedMandatoryRequirementIsSignificant() {
            EditionDiff diff = diff(new Requirement[0],
                    new Requirement[] {requirement("/req/mfa", "c1", Obligation.SHALL, "The system shall use MFA.")});

            assertThat(diff.changes()).containsExactly(new Change(Subject.REQUIREMENT, ChangeType.ADDED, "/req/mfa",
                    null, "The system shall use MFA.", true, List.of(), List.of()));
        }

        @Test
        void addedRecommendationIsNotSignificant() {
            EditionDiff diff = diff(new Requirement[0],
                    new Requirement[] {requirement("/req/mfa", "c1", Obligation.SHOULD, "The system should use MFA.")});

            assertThat(diff.changes()).singleElement().extracting(Change::type, Change::significant)
                    .containsExactly(ChangeType.ADDED, false);
        }

        @Test
        void removedRequirementIsSignificantWhateverItsObligation() {
            EditionDiff diff = diff(
                    new Requirement[] {requirement("/req/hint", "c1", Obligation.CAN, "Users can ask for a hint.")},
                    new Requirement[0]);

            assertThat(diff.changes()).containsExactly(new Change(Subject.REQUIREMENT, ChangeType.REMOVED, "/req/hint",
                    "Users can ask for a hint.", null, true, List.of(), List.of()));
        }

        @Test
        void shouldBecomingShallIsSignificant() {
            EditionDiff diff = diff(
                    new Requirement[] {requirement("/req/tls", "c1", Obligation.SHOULD, "The API should use TLS 1.3.")},
                    new Requirement[] {requirement("/req/tls", "c1", Obligation.SHALL, "The API shall use TLS 1.3.")});

            Change change = diff.changes().get(0);
            assertThat(diff.changes()).hasSize(1);
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.significant()).isTrue();
            assertThat(change.details()).containsExactly("text", "obligation SHOULD -> SHALL");
            assertThat(EditionDiffText.inline(change.wordDiff())).isEqualTo("The API [-should-]{+shall+} use TLS 1.3.");
        }

        @Test
        void rewordingAShallStatementIsNotSignificant() {
            EditionDiff diff = diff(
                    new Requirement[] {requirement("/req/tls", "c1", Obligation.SHALL, "The API shall use TLS 1.2.")},
                    new Requirement[] {requirement("/req/tls", "c1", Obligation.SHALL, "Every API shall use TLS 1.2.")});

            assertThat(diff.changes()).singleElement().satisfies(change -> {
                assertThat(change.details()).containsExactly("text");
                assertThat(change.significant()).isFalse();
            });
        }

        @Test
        void negationAndPermissionChangesAreSignificant() {
            EditionDiff diff = diff(
                    new Requirement[] {requirement("/req/a", "c1", Obligation.SHALL, "A."),
                            requirement("/req/b", "c1", Obligation.MAY, "B.")},
                    new Requirement[] {requirement("/req/a", "c1", Obligation.SHALL_NOT, "A."),
                            requirement("/req/b", "c1", Obligation.NEED_NOT, "B.")});

            assertThat(diff.changes()).extracting(Change::details, Change::significant).containsExactly(
                    tuple(List.of("obligation SHALL -> SHALL_NOT"), true),
                    tuple(List.of("obligation MAY -> NEED_NOT"), true));
        }

        @Test
        void requirementClassChangeIsReported() {
            EditionDiff diff = diff(
                    new Requirement[] {new Requirement("/req/a", "c1", "A.", Obligation.SHALL, "/conf/core", 1)},
                    new Requirement[] {new Requirement("/req/a", "c1", "A.", Obligation.SHALL, null, 1)});

            assertThat(diff.changes()).singleElement().extracting(Change::details, Change::significant)
                    .containsExactly(List.of("class /conf/core -> none"), false);
        }

        @Test
        void requirementInAnotherClauseIsMovedNamingTheClauseNumbers() {
            EditionDiff diff = diff(
                    new Requirement[] {requirement("/req/a", "c1", Obligation.SHALL, "A shall.")},
                    new Requirement[] {requirement("/req/a", "c2", Obligation.SHALL, "A shall.")});

            assertThat(diff.changes()).containsExactly(new Change(Subject.REQUIREMENT, ChangeType.MOVED, "/req/a",
                    "A shall.", "A shall.", false, List.of("moved from 1.1 to 1.2"), List.of()));
        }

        @Test
        void revisionAloneIsNoChange() {
            EditionDiff diff = diff(
                    new Requirement[] {new Requirement("/req/a", "c1", "A.", Obligation.SHALL, null, 1)},
                    new Requirement[] {new Requirement("/req/a", "c1", "A.", Obligation.SHALL, null, 2)});

            assertThat(diff.isEmpty()).isTrue();
        }
    }

    @Nested
    class Terms {

        @Test
        void addedRemovedAndChangedTermsAreReported() {
            EditionDiff diff = differ.diff(
                    edition().terms(term("t-otp", "短信验证码", "通过短信发送的一次性口令。"), term("t-pwd", "口令", "秘密字符串。"))
                            .build(),
                    edition().terms(new Term("t-otp", "短信验证码", "通过短信发送给用户的一次性口令。", "GB/T 25069-2022"),
                            term("t-eid", "电子身份标识", "标识自然人身份的电子数据。")).build());

            assertThat(diff.changes()).extracting(Change::key, Change::type, Change::details).containsExactly(
                    tuple("t-otp", ChangeType.CHANGED, List.of("definition", "source")),
                    tuple("t-eid", ChangeType.ADDED, List.of()),
                    tuple("t-pwd", ChangeType.REMOVED, List.of()));
            assertThat(EditionDiffText.inline(diff.changes().get(0).wordDiff())).isEqualTo("通过短信发送{+给用户+}的一次性口令。");
            assertThat(diff.significantCount()).isZero();
        }

        @Test
        void renamedTermKeepsItsIdentity() {
            EditionDiff diff = differ.diff(edition().terms(term("t", "one-time password", "d")).build(),
                    edition().terms(term("t", "OTP", "d")).build());

            assertThat(diff.changes()).containsExactly(new Change(Subject.TERM, ChangeType.CHANGED, "t",
                    "one-time password", "OTP", false, List.of("term"), List.of()));
        }
    }

    @Nested
    class References {

        private EditionDiff diff(Reference before, Reference after) {
            return differ.diff(edition().references(before).build(), edition().references(after).build());
        }

        @Test
        void newEditionOfADatedNormativeReferenceIsSignificant() {
            EditionDiff diff = diff(reference("r", "GB/T 25069", "2010", true), reference("r", "GB/T 25069", "2022", true));

            assertThat(diff.changes()).containsExactly(new Change(Subject.REFERENCE, ChangeType.CHANGED, "r",
                    "GB/T 25069-2010", "GB/T 25069-2022", true, List.of("edition 2010 -> 2022 (dated reference)"),
                    List.of()));
        }

        @Test
        void newEditionOfAnInformativeReferenceIsNotSignificant() {
            EditionDiff diff = diff(reference("r", "GB/T 35273", "2017", false), reference("r", "GB/T 35273", "2020", false));

            assertThat(diff.changes()).singleElement().extracting(Change::significant).isEqualTo(false);
        }

        @Test
        void datedBecomingUndatedAndBackIsReported() {
            assertThat(diff(reference("r", "GB/T 22239", "2019", true), reference("r", "GB/T 22239", null, true))
                    .changes()).singleElement().extracting(Change::details, Change::significant)
                    .containsExactly(List.of("dated 2019 -> undated"), true);
            assertThat(diff(reference("r", "ISO/IEC 27001", null, true), reference("r", "ISO/IEC 27001", "2022", true))
                    .changes()).singleElement().extracting(Change::afterLabel, Change::details)
                    .containsExactly("ISO/IEC 27001:2022", List.of("undated -> dated 2022"));
        }

        @Test
        void normativeBecomingInformativeIsSignificant() {
            EditionDiff diff = diff(reference("r", "GB/T 22239", "2019", true), reference("r", "GB/T 22239", "2019", false));

            assertThat(diff.changes()).singleElement().extracting(Change::details, Change::significant)
                    .containsExactly(List.of("normative -> informative"), true);
        }

        @Test
        void addedAndRemovedReferencesAreSignificantWhenNormative() {
            EditionDiff diff = differ.diff(
                    edition().references(reference("old-n", "GB/T 1", "2000", true), reference("old-i", "GB/T 2", null, false))
                            .build(),
                    edition().references(new Reference("new-n", "GB/T 3", "2024", "数据安全", true),
                            reference("new-i", "GB/T 4", null, false)).build());

            assertThat(diff.changes()).extracting(Change::key, Change::type, Change::significant).containsExactly(
                    tuple("new-n", ChangeType.ADDED, true),
                    tuple("new-i", ChangeType.ADDED, false),
                    tuple("old-n", ChangeType.REMOVED, true),
                    tuple("old-i", ChangeType.REMOVED, false));
            assertThat(diff.changes().get(0).afterLabel()).isEqualTo("GB/T 3-2024 数据安全");
        }
    }

    @Test
    void subjectsComeInOrderClausesRequirementsTermsReferences() {
        EditionDiff diff = differ.diff(EditionContent.EMPTY,
                edition(clause("c", "C"))
                        .references(reference("r", "GB/T 1", null, false))
                        .terms(term("t", "T", "d"))
                        .requirements(requirement("/req/a", "c", Obligation.SHALL, "A."))
                        .build());

        assertThat(diff.changes()).extracting(Change::subject)
                .containsExactly(Subject.CLAUSE, Subject.REQUIREMENT, Subject.TERM, Subject.REFERENCE);
    }

    @Test
    void longestIncreasingRunKeepsTheMostElementsInPlace() {
        assertThat(EditionDiffer.longestIncreasing(new int[] {0, 2, 3, 1, 4}))
                .containsExactly(true, true, true, false, true);
        assertThat(EditionDiffer.longestIncreasing(new int[0])).isEmpty();
    }
}
