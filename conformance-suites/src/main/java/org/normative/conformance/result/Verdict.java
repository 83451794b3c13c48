package org.normative.conformance.result;

import java.util.Collection;

/**
 * The verdict of a check, a test case or a group (DESIGN.md, "Verdicts"), declared from best to worst so that a
 * group takes the worst of its members. {@link #ERROR} means the tool could not decide; it is the worst of all
 * and never counts as a pass.
 */
public enum Verdict {
    PASS,
    NOT_APPLICABLE,
    WARNING,
    NOT_TESTED,
    INCONCLUSIVE,
    FAIL,
    ERROR;

    /** The worst verdict of the members; an empty group was not tested. */
    public static Verdict worstOf(Collection<Verdict> members) {
        return members.stream().reduce(Verdict::worse).orElse(NOT_TESTED);
    }

    public Verdict worse(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Passed, or justified not applicable: the only verdicts a conformant class may hold. */
    public boolean isSatisfied() {
        return this == PASS || this == NOT_APPLICABLE || this == WARNING;
    }
}
