package org.normative.conformance.run;

import org.normative.conformance.result.Verdict;

/** A claimed class: the worst verdict of its mandatory test cases and of the classes it depends on. */
public record ClassResult(String id, Verdict verdict) {

    public boolean conformant() {
        return verdict.isSatisfied();
    }
}
