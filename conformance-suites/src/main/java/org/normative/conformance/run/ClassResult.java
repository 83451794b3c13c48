package org.normative.conformance.run;

import java.util.List;

import org.normative.conformance.result.Verdict;
import org.normative.standards.LocalizedText;

/** A claimed class: the worst verdict of its mandatory test cases and of the classes it depends on. */
public record ClassResult(String id, LocalizedText title, List<String> depends, Verdict verdict) {

    public ClassResult {
        depends = depends == null ? List.of() : List.copyOf(depends);
    }


    public boolean conformant() {
        return verdict.isSatisfied();
    }
}
