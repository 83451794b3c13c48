package org.normative.standards.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard the library holds, with its editions <em>oldest first</em> (as {@code Standard.editions()}), so that
 * "newer" means "later in the list".
 */
public record KnownStandard(String code, List<KnownEdition> editions) {

    public KnownStandard {
        Objects.requireNonNull(code, "code");
        editions = List.copyOf(editions);
    }

    public Optional<KnownEdition> edition(String label) {
        return editions.stream().filter(e -> e.label().equals(label)).findFirst();
    }

    /**
     * The edition a reference means: the labelled one for a dated reference (empty when the library lacks it); for an
     * undated reference (null label) the newest published edition, else the newest edition.
     */
    public Optional<KnownEdition> meant(String label) {
        if (label != null) {
            return edition(label);
        }
        for (int i = editions.size() - 1; i >= 0; i--) {
            if (editions.get(i).stage().isPublished()) {
                return Optional.of(editions.get(i));
            }
        }
        return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
    }

    /** The newest published edition after the labelled one: what supersedes it, if anything does. */
    public Optional<KnownEdition> newerPublished(String label) {
        int index = -1;
        for (int i = 0; i < editions.size(); i++) {
            if (editions.get(i).label().equals(label)) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        for (int i = editions.size() - 1; i > index; i--) {
            if (editions.get(i).stage().isPublished()) {
                return Optional.of(editions.get(i));
            }
        }
        return Optional.empty();
    }
}
