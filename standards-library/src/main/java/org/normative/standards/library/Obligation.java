package org.normative.standards.library;

/**
 * The obligation a provision expresses, from the verbal forms of ISO/IEC Directives Part 2 (clause 7) and
 * GB/T 1.1-2020: requirement (shall / 应), recommendation (should / 宜), permission (may / 可) and possibility
 * (can / 能), each with its negative form. {@link #NONE} marks a provision with no verbal form.
 */
public enum Obligation {
    SHALL(Level.REQUIREMENT, false),
    SHALL_NOT(Level.REQUIREMENT, true),
    SHOULD(Level.RECOMMENDATION, false),
    SHOULD_NOT(Level.RECOMMENDATION, true),
    MAY(Level.PERMISSION, false),
    NEED_NOT(Level.PERMISSION, true),
    CAN(Level.POSSIBILITY, false),
    CANNOT(Level.POSSIBILITY, true),
    NONE(Level.NONE, false);

    /** How binding a provision is: a change of level (should -> shall) is a significant change. */
    public enum Level {
        REQUIREMENT,
        RECOMMENDATION,
        PERMISSION,
        POSSIBILITY,
        NONE
    }

    private final Level level;
    private final boolean negative;

    Obligation(Level level, boolean negative) {
        this.level = level;
        this.negative = negative;
    }

    public Level level() {
        return level;
    }

    public boolean isNegative() {
        return negative;
    }

    /** SHALL and SHALL NOT: what a conformance claim must satisfy. */
    public boolean isMandatory() {
        return level == Level.REQUIREMENT;
    }
}
