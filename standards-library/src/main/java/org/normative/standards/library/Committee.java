package org.normative.standards.library;

import java.util.List;

import org.normative.standards.LocalizedText;

/**
 * A technical committee, for example {@code TC-DATA}, that owns standards: its members and the codes of the
 * committees it has liaisons with.
 */
public record Committee(String code, LocalizedText name, String domain, List<Member> members, List<String> liaisons) {

    public Committee {
        members = List.copyOf(members);
        liaisons = List.copyOf(liaisons);
    }

    public Committee(String code, LocalizedText name, String domain) {
        this(code, name, domain, List.of(), List.of());
    }
}
