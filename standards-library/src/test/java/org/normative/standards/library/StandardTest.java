package org.normative.standards.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normative.standards.LocalizedText;

class StandardTest {

    @Test
    void currentEditionIsNewestPublished() {
        Standard standard = standard(edition("2019", Stage.WITHDRAWN), edition("2022", Stage.PUBLISHED),
                edition("2026", Stage.ENQUIRY_BALLOT));

        assertThat(standard.currentEdition()).map(Edition::label).hasValue("2022");
    }

    @Test
    void currentEditionOfUnpublishedStandardIsNewest() {
        Standard standard = standard(edition("WD1", Stage.WORKING_DRAFT), edition("CD1", Stage.COMMITTEE_DRAFT));

        assertThat(standard.currentEdition()).map(Edition::label).hasValue("CD1");
    }

    @Test
    void standardWithoutEditionsHasNoCurrentEdition() {
        assertThat(standard().currentEdition()).isEmpty();
    }

    @Test
    void editionIsFoundByLabel() {
        Standard standard = standard(edition("2019", Stage.WITHDRAWN), edition("2022", Stage.PUBLISHED));

        assertThat(standard.edition("2019")).map(Edition::stage).hasValue(Stage.WITHDRAWN);
        assertThat(standard.edition("2030")).isEmpty();
    }

    @Test
    void editionsCannotBeChangedThroughTheList() {
        List<Edition> editions = new ArrayList<>(List.of(edition("2022", Stage.PUBLISHED)));
        Standard standard = new Standard("X 1", LocalizedText.of("X", null), "TC", null, editions);

        editions.clear();

        assertThat(standard.editions()).hasSize(1);
    }

    private static Standard standard(Edition... editions) {
        return new Standard("X 1", LocalizedText.of("X", null), "TC", null, List.of(editions));
    }

    private static Edition edition(String label, Stage stage) {
        return new Edition(0, label, stage, null, null, null, null);
    }
}
