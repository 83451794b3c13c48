package org.normative.conformance.suite;

import java.util.List;
import org.normative.standards.LocalizedText;

/** A conformance class a system can claim; it holds only if the classes it depends on hold too. */
public record ConformanceClass(String id, List<String> depends, LocalizedText title) {

    public ConformanceClass {
        depends = List.copyOf(depends);
    }
}
