package org.normative.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlopeTest {

    @Test
    void linearCostHasSlopeOne() {
        assertThat(Slope.logLog(List.of(1_000.0, 10_000.0, 100_000.0), List.of(0.5, 5.0, 50.0))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void quadraticCostHasSlopeTwo() {
        assertThat(Slope.logLog(List.of(10.0, 20.0, 40.0), List.of(3.0, 12.0, 48.0))).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void noisyPointsGiveTheLeastSquaresFit() {
        // log10 sizes 3, 4, 5 and log10 costs 0, 1.2, 2: the fitted slope is (2 - 0) / (5 - 3)
        assertThat(Slope.logLog(List.of(1e3, 1e4, 1e5), List.of(1.0, Math.pow(10, 1.2), 100.0))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void refusesWhatHasNoSlope() {
        assertThatThrownBy(() -> Slope.logLog(List.of(5.0, 5.0), List.of(1.0, 2.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slope.logLog(List.of(5.0), List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slope.logLog(List.of(1.0, 2.0), List.of(0.0, 2.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
