package org.normative.standards.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void readsWhatEndpointToStringWrites() {
        for (Endpoint endpoint : new Endpoint[] {
                Endpoint.standard("DG/T 0101"),
                Endpoint.edition("ISO/IEC 27001", "2022"),
                new Endpoint("DG/T 0101", "2023", "/req/dg-0101/naming-structure")}) {
            assertThat(Endpoint.parse(endpoint.toString())).isEqualTo(endpoint);
        }
    }

    @Test
    void dropsBlanksAroundTheParts() {
        assertThat(Endpoint.parse("  DG/T 0102 @ 2026 ")).isEqualTo(Endpoint.edition("DG/T 0102", "2026"));
        assertThat(Endpoint.parse("DG/T 0102@")).isEqualTo(Endpoint.standard("DG/T 0102"));
    }

    @Test
    void refusesAMissingCodeOrARequirementWithoutEdition() {
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoint.parse(" @2023"));
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoint.parse(null));
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoint.parse("DG/T 0101#/req/x"));
    }
}
