package org.normative.standards.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normative.standards.check.Fixtures.known;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.Edition;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;

class ResolverTest {

    private final KnownStandard dataElements = known("DG/T 0101", "2019", Stage.WITHDRAWN, "2023", Stage.PUBLISHED,
            "2026", Stage.ENQUIRY_BALLOT);

    @Test
    void datedReferenceMeansItsEdition() {
        assertThat(dataElements.meant("2019")).map(KnownEdition::stage).contains(Stage.WITHDRAWN);
        assertThat(dataElements.meant("2020")).isEmpty();
    }

    @Test
    void undatedReferenceMeansTheNewestPublishedEdition() {
        assertThat(dataElements.meant(null)).map(KnownEdition::label).contains("2023");
        assertThat(known("DG/T 0102", "2026", Stage.COMMITTEE_DRAFT).meant(null)).map(KnownEdition::label)
                .contains("2026");
        assertThat(known("DG/T 0103").meant(null)).isEmpty();
    }

    @Test
    void onlyALaterPublishedEditionSupersedes() {
        assertThat(dataElements.newerPublished("2019")).map(KnownEdition::label).contains("2023");
        assertThat(dataElements.newerPublished("2023")).isEmpty();
        assertThat(dataElements.newerPublished("1999")).isEmpty();
    }

    @Test
    void codesCompareWithoutCaseAndWhitespace() {
        InMemoryReferenceResolver resolver = new InMemoryReferenceResolver(List.of(dataElements));

        assertThat(resolver.resolve("dg/t  0101")).contains(dataElements);
        assertThat(resolver.resolve("DG/T0101")).contains(dataElements);
        assertThat(resolver.resolve("DG/T 0102")).isEmpty();
    }

    @Test
    void prefixesOfCodes() {
        assertThat(ReferenceResolver.prefixOf("DG/T 0102")).isEqualTo("DG/T");
        assertThat(ReferenceResolver.prefixOf("ISO/IEC 27001")).isEqualTo("ISO/IEC");
        assertThat(ReferenceResolver.prefixOf("GB 32100")).isEqualTo("GB");
        assertThat(ReferenceResolver.prefixOf("gb/t22239")).isEqualTo("GB/T");
        assertThat(ReferenceResolver.prefixOf("0102")).isEmpty();
    }

    @Test
    void givenPrefixesAreInternal() {
        InMemoryReferenceResolver resolver = new InMemoryReferenceResolver(List.of(dataElements), Set.of("dg/t"));

        assertThat(resolver.isInternal("DG/T 0999")).isTrue();
        assertThat(resolver.isInternal("GB/T 0999")).isFalse();
        assertThat(ReferenceResolver.none().isInternal("DG/T 0999")).isFalse();
        assertThat(ReferenceResolver.none().resolve("DG/T 0101")).isEmpty();
    }

    @Test
    void libraryStandardsResolveWithTheirEditionsAndCommitteePrefixes() {
        Standard own = new Standard("DG/T 0201", LocalizedText.of("Identity", "身份"), "TC-PLAT", "410", List.of(
                new Edition(1, "2022", Stage.WITHDRAWN, null, null, null, null),
                new Edition(2, "2025", Stage.PUBLISHED, null, null, null, "2022")));
        Standard national = new Standard("GB/T 22239", LocalizedText.of("Baseline", "基本要求"), null, null,
                List.of(new Edition(3, "2019", Stage.PUBLISHED, null, null, null, null)));

        InMemoryReferenceResolver resolver = InMemoryReferenceResolver.ofStandards(List.of(own, national));

        assertThat(resolver.resolve("DG/T 0201")).get().extracting(KnownStandard::editions).asList()
                .containsExactly(new KnownEdition("2022", Stage.WITHDRAWN), new KnownEdition("2025", Stage.PUBLISHED));
        assertThat(resolver.isInternal("DG/T 0999")).isTrue();
        assertThat(resolver.isInternal("GB/T 9999")).isFalse();
    }
}
