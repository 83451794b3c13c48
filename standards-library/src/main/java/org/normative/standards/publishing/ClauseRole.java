package org.normative.standards.publishing;

import java.util.Locale;
import java.util.Set;

import org.normative.standards.library.Clause;

/**
 * The clauses a standard's layout treats specially (ISO/IEC Directives Part 2 and GB/T 1.1 put them first): the
 * normative references, whose entries become references when a document is imported, and the terms and
 * definitions, whose entries become terms. Recognised by the clause key Normative gives them or by the heading.
 */
public enum ClauseRole {
    REFERENCES(Set.of("refs", "references", "normative-references"),
            Set.of("normative references", "规范性引用文件")),
    TERMS(Set.of("terms", "terms-and-definitions"),
            Set.of("terms and definitions", "术语和定义", "术语与定义")),
    /** Not a clause at all: the foreword before clause 1, which a document's writer makes and its reader skips. */
    FOREWORD(Set.of(), Set.of("foreword", "前言")),
    OTHER(Set.of(), Set.of());

    private final Set<String> keys;
    private final Set<String> headings;

    ClauseRole(Set<String> keys, Set<String> headings) {
        this.keys = keys;
        this.headings = headings;
    }

    public static ClauseRole of(Clause clause) {
        return of(clause.key(), clause.heading());
    }

    public static ClauseRole of(String key, String heading) {
        String normalized = heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT);
        for (ClauseRole role : values()) {
            if (key != null && role.keys.contains(key) || role.headings.contains(normalized)) {
                return role;
            }
        }
        return OTHER;
    }
}
