package org.normative.standards.library;

import java.util.List;
import java.util.Optional;

import org.normative.standards.LocalizedText;

/** A standard with its editions, oldest first. {@code frameworkCode} is null while it is not placed. */
public record Standard(String code, LocalizedText title, String committeeCode, String frameworkCode,
                       List<Edition> editions) {

    public Standard {
        editions = List.copyOf(editions);
    }

    /** The edition people mean when they give no label: the newest published one, else the newest. */
    public Optional<Edition> currentEdition() {
        for (int i = editions.size() - 1; i >= 0; i--) {
            if (editions.get(i).stage().isPublished()) {
                return Optional.of(editions.get(i));
            }
        }
        return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
    }

    public Optional<Edition> edition(String label) {
        return editions.stream().filter(e -> e.label().equals(label)).findFirst();
    }
}
