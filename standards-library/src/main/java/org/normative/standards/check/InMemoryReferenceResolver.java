package org.normative.standards.check;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.normative.standards.library.Standard;

/**
 * A {@link ReferenceResolver} over standards held in memory: for tests, and for callers that have the library's
 * standards at hand anyway. Which code prefixes are internal is given, or taken from the standards held.
 */
public final class InMemoryReferenceResolver implements ReferenceResolver {

    private final Map<String, KnownStandard> byCode = new LinkedHashMap<>();
    private final Set<String> internalPrefixes;

    /** {@code internalPrefixes} such as {@code DG/T}; compared in upper case. */
    public InMemoryReferenceResolver(Collection<KnownStandard> standards, Set<String> internalPrefixes) {
        standards.forEach(s -> byCode.put(ReferenceResolver.normalize(s.code()), s));
        this.internalPrefixes = internalPrefixes.stream().map(ReferenceResolver::prefixOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every prefix of the standards held counts as internal. */
    public InMemoryReferenceResolver(Collection<KnownStandard> standards) {
        this(standards, standards.stream().map(s -> ReferenceResolver.prefixOf(s.code())).filter(p -> !p.isEmpty())
                .collect(Collectors.toSet()));
    }

    /**
     * From the library's standards with their editions. Internal prefixes are those of the standards owned by a
     * committee of the library, so that a national standard kept only for reference does not make its whole prefix
     * internal.
     */
    public static InMemoryReferenceResolver ofStandards(Collection<Standard> standards) {
        return new InMemoryReferenceResolver(
                standards.stream().map(InMemoryReferenceResolver::known).toList(),
                standards.stream().filter(s -> s.committeeCode() != null).map(s -> ReferenceResolver.prefixOf(s.code()))
                        .filter(p -> !p.isEmpty()).collect(Collectors.toSet()));
    }

    private static KnownStandard known(Standard standard) {
        return new KnownStandard(standard.code(),
                standard.editions().stream().map(e -> new KnownEdition(e.label(), e.stage())).toList());
    }

    @Override
    public Optional<KnownStandard> resolve(String code) {
        return Optional.ofNullable(byCode.get(ReferenceResolver.normalize(code)));
    }

    @Override
    public boolean isInternal(String code) {
        return internalPrefixes.contains(ReferenceResolver.prefixOf(code));
    }
}
