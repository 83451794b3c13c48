package org.normative.conformance.run;

/** The verdict on a whole run (DESIGN.md, "Verdicts"). */
public enum OverallVerdict {
    /** Every claimed class holds. */
    CONFORMANT,
    /** A mandatory test case of a claimed class failed. */
    NOT_CONFORMANT,
    /** Nothing failed, but manual or inconclusive test cases are open: not certifiable yet. */
    INCOMPLETE,
    /** The tool could not decide a mandatory test case (unreadable input, a tripped limit, a broken rule). */
    ERROR
}
