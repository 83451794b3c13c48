package org.normative.standards.links;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.normative.standards.LocalizedText;

/**
 * One thing the link check found (see {@link LinkChecker} for the rules). {@code link} is the link at fault, null for
 * a {@link Kind#CYCLE} problem, whose {@code cycle} lists the codes of the cycle in dependency order (each depends on
 * the next, the last on the first), starting with the smallest code. A cycle problem with an empty {@code cycle} says
 * how many more cycles the check found but did not list. {@code cycle} is empty for every other kind.
 */
public record LinkProblem(Kind kind, Level level, Link link, List<String> cycle, LocalizedText message) {

    /** The kinds of problem, each with a stable id for the command line and JSON. */
    public enum Kind {
        DANGLING("dangling"),
        WITHDRAWN_TARGET("withdrawn-target"),
        SUPERSEDED_TARGET("superseded-target"),
        CYCLE("cycle"),
        CONFLICT_UNRESOLVED("conflict-unresolved"),
        SUSPECT("suspect");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** How much a problem matters: an ERROR is wrong now, a WARNING wants someone to look. */
    public enum Level {
        ERROR,
        WARNING
    }

    public LinkProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        cycle = List.copyOf(cycle);
        if (link == null && kind != Kind.CYCLE) {
            throw new IllegalArgumentException("only a cycle problem has no link");
        }
    }

    public String message(Locale locale) {
        return message.in(locale);
    }

    /**
     * What the problem is about: {@code DG/T 0301@2024 -> DG/T 0999 (normative reference)} for a link,
     * {@code DG/T 0101 -> DG/T 0102 -> DG/T 0101} for a cycle, empty for the count of cycles not listed.
     */
    public String subject(Locale locale) {
        if (link != null) {
            return link.source() + " -> " + link.target() + " (" + LinkMessages.typeName(link.type()).in(locale) + ")";
        }
        return cycle.isEmpty() ? "" : String.join(" -> ", cycle) + " -> " + cycle.get(0);
    }

    /** One line of the text report: {@code ERROR dangling DG/T 0301@2024 -> DG/T 0999 (normative reference): ...}. */
    public String toLine(Locale locale) {
        String level = LinkMessages.format(locale, "level." + this.level.name());
        String subject = subject(locale);
        return subject.isEmpty()
                ? LinkMessages.format(locale, "check.line.nosubject", level, kind.id(), message(locale))
                : LinkMessages.format(locale, "check.line", level, kind.id(), subject, message(locale));
    }
}
