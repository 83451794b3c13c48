package org.normative.conformance.run;

import org.normative.conformance.result.Verdict;
import org.normative.standards.LocalizedText;

/** A claimed class: the worst verdict of its mandatory test cases and of the classes it depends on. */
public record ClassResult(String id, LocalizedText title, Verdict verdict) {

    public boolean conformant() {
        return verdict.isSatisfied();
    }
}
