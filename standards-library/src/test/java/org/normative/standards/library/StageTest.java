package org.normative.standards.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StageTest {

    @Test
    void ofCodeFindsStageByIsoCode() {
        assertThat(Stage.ofCode("60.60")).hasValue(Stage.PUBLISHED);
        assertThat(Stage.ofCode("40.20")).hasValue(Stage.ENQUIRY_BALLOT);
        assertThat(Stage.ofCode(" 95.99 ")).hasValue(Stage.WITHDRAWN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"60.6", "6060", "61.00", "PUBLISHED"})
    void ofCodeFindsNothingForUnknownCode(String code) {
        assertThat(Stage.ofCode(code)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageIsFoundByItsOwnCode(Stage stage) {
        assertThat(Stage.ofCode(stage.code())).hasValue(stage);
    }

    @Test
    void codesAreUniqueAndAscending() {
        String[] codes = Arrays.stream(Stage.values()).map(Stage::code).toArray(String[]::new);

        assertThat(codes).doesNotHaveDuplicates().isSorted();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"PRELIMINARY", "WORKING_DRAFT", "COMMITTEE_DRAFT", "ENQUIRY_BALLOT",
            "FINAL_APPROVED", "UNDER_PUBLICATION"})
    void stagesBeforePublicationAreDrafts(Stage stage) {
        assertThat(stage.isDraft()).isTrue();
        assertThat(stage.isPublished()).isFalse();
        assertThat(stage.isWithdrawn()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"PUBLISHED", "UNDER_REVIEW", "TO_BE_REVISED", "CONFIRMED",
            "WITHDRAWAL_PROPOSED"})
    void publishedAndReviewStagesArePublishedNotDrafts(Stage stage) {
        assertThat(stage.isPublished()).isTrue();
        assertThat(stage.isDraft()).isFalse();
    }

    @Test
    void withdrawnIsNeitherDraftNorPublished() {
        assertThat(Stage.WITHDRAWN.isWithdrawn()).isTrue();
        assertThat(Stage.WITHDRAWN.isDraft()).isFalse();
        assertThat(Stage.WITHDRAWN.isPublished()).isFalse();
    }

    @Test
    void labelShowsCodeAndNameInLanguage() {
        assertThat(Stage.PUBLISHED.label(Locale.ENGLISH)).isEqualTo("60.60 Published");
        assertThat(Stage.PUBLISHED.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("60.60 已发布");
    }
}
