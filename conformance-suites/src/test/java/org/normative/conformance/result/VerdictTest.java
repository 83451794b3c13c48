package org.normative.conformance.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerdictTest {

    @Test
    void worstOfTakesTheWorstMember() {
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.WARNING, Verdict.NOT_APPLICABLE))).isEqualTo(Verdict.WARNING);
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.FAIL, Verdict.INCONCLUSIVE))).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.NOT_TESTED))).isEqualTo(Verdict.NOT_TESTED);
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.PASS))).isEqualTo(Verdict.PASS);
    }

    @Test
    void worstOfDoesNotDependOnOrder() {
        assertThat(Verdict.worstOf(List.of(Verdict.FAIL, Verdict.PASS))).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.FAIL))).isEqualTo(Verdict.FAIL);
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void errorIsWorseThanEveryOtherVerdict(Verdict other) {
        assertThat(Verdict.ERROR.worse(other)).isEqualTo(Verdict.ERROR);
        assertThat(other.worse(Verdict.ERROR)).isEqualTo(Verdict.ERROR);
        assertThat(Verdict.worstOf(List.of(other, Verdict.ERROR, other))).isEqualTo(Verdict.ERROR);
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void passIsNeverWorseThanAnything(Verdict other) {
        assertThat(Verdict.PASS.worse(other)).isEqualTo(other);
    }

    @Test
    void failIsWorseThanInconclusiveAndNotTested() {
        assertThat(Verdict.FAIL.worse(Verdict.INCONCLUSIVE)).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.NOT_TESTED.worse(Verdict.FAIL)).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.INCONCLUSIVE.worse(Verdict.NOT_TESTED)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void emptyGroupWasNotTested() {
        assertThat(Verdict.worstOf(List.of())).isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void onlyPassNotApplicableAndWarningAreSatisfied() {
        Set<Verdict> satisfied = EnumSet.noneOf(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            if (verdict.isSatisfied()) {
                satisfied.add(verdict);
            }
        }

        assertThat(satisfied).containsExactlyInAnyOrder(Verdict.PASS, Verdict.NOT_APPLICABLE, Verdict.WARNING);
    }

    @Test
    void groupWithAnUnsatisfiedMemberIsUnsatisfied() {
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.WARNING)).isSatisfied()).isTrue();
        assertThat(Verdict.worstOf(List.of(Verdict.PASS, Verdict.NOT_TESTED)).isSatisfied()).isFalse();
        assertThat(Verdict.worstOf(List.of()).isSatisfied()).isFalse();
    }
}
