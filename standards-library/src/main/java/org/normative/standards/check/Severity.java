package org.normative.standards.check;

/** How much a finding matters before a ballot: an ERROR blocks it, a WARNING wants a look, an INFO is a hint. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
