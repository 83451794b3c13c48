package org.normative.standards.diff;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two editions.
 *
 * <p>{@code key} is the stable identity of what changed: the clause key, the requirement id, the term key or the
 * reference key. {@code beforeLabel} and {@code afterLabel} say how it reads in each edition (a clause as
 * {@code "4.2 Paging"}, a requirement as its statement, a term as the term, a reference as its citation and title);
 * each is null where the thing does not exist in that edition.
 *
 * <p>{@code details} say what changed, in stable English words: {@code "heading"}, {@code "text"},
 * {@code "obligation SHOULD -> SHALL"}, {@code "class A -> B"}, {@code "moved from 4.2 to 5.1"},
 * {@code "edition 2019 -> 2022 (dated reference)"}... {@code wordDiff} is the word-level diff of the main text
 * (clause body, requirement statement, term definition) when that text changed, and empty otherwise; a changed
 * clause heading or term shows in the labels.
 *
 * <p>{@code significant} marks changes that alter what conformance requires; see {@link EditionDiffer} for the rules.
 */
public record Change(Subject subject, ChangeType type, String key, String beforeLabel, String afterLabel,
                     boolean significant, List<String> details, List<TextSegment> wordDiff) {

    /** What kind of thing changed. */
    public enum Subject {
        CLAUSE,
        REQUIREMENT,
        TERM,
        REFERENCE
    }

    public Change {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        details = details == null ? List.of() : List.copyOf(details);
        wordDiff = wordDiff == null ? List.of() : List.copyOf(wordDiff);
    }

    /** The details in the reader's language (English words are the stable form; Chinese is a translation). */
    public List<String> details(java.util.Locale locale) {
        return details.stream().map(detail -> ChangeDetails.in(detail, locale)).toList();
    }
}
