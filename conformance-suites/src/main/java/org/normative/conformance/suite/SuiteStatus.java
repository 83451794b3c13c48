package org.normative.conformance.suite;

/** Where a suite is in its life: being written, in use, or kept for old runs with a replacement named. */
public enum SuiteStatus {
    DRAFT,
    ACTIVE,
    DEPRECATED
}
