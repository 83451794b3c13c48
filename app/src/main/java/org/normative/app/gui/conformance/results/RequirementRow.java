package org.normative.app.gui.conformance.results;

/** A requirement behind a test case, with the clause that holds it (empty where the library lacks the edition). */
public record RequirementRow(String id, String clauseNumber, String clauseHeading, String obligation, String statement) {
}
