package org.normative.standards.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normative.standards.StandardsException;
import org.normative.standards.library.ContentFingerprint;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;

/**
 * Links as the app and the command line use them: the stored links plus those derived from the normative and
 * informative references of every edition that is not withdrawn, the current fingerprint of what they point at
 * (so a changed target makes a stored link suspect until someone reviews it), and adding and reviewing links, each
 * recorded in the audit trail.
 */
public final class LinkService {

    private final SqlLibrary library;
    private final LinkRepository links;
    private final String actor;

    public LinkService(SqlLibrary library, LinkRepository links, String actor) {
        this.library = library;
        this.links = links;
        this.actor = actor;
    }

    public LinkService(SqlLibrary library, LinkRepository links) {
        this(library, links, System.getProperty("user.name", "unknown"));
    }

    /** Everything the link algorithms need, read once. */
    public LinkGraphData snapshot() throws StandardsException {
        List<Standard> standards = library.service().standards();
        Fingerprints fingerprints = new Fingerprints(standards);
        List<Link> all = new ArrayList<>(StandardsException.fromStorage(links::findAll));
        for (Standard standard : standards) {
            for (Edition edition : standard.editions()) {
                if (edition.stage().isWithdrawn()) {
                    continue;
                }
                for (Reference reference : fingerprints.content(edition).references()) {
                    all.add(new Link(0, reference.normative() ? LinkType.NORMATIVE_REFERENCE : LinkType.INFORMATIVE_REFERENCE,
                            Endpoint.edition(standard.code(), edition.label()),
                            new Endpoint(reference.code(), reference.edition(), null), null, reference.key(), null, true));
                }
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (Link link : all) {
            fingerprints.of(link.target()).ifPresent(f -> current.put(link.target().toString(), f));
        }
        return new LinkGraphData(standards, all, current);
    }

    /** Everything affected by a revision or withdrawal of {@code changed}, with the path that explains each. */
    public ImpactReport impact(Endpoint changed, ChangeKind kind) throws StandardsException {
        return ImpactAnalyzer.analyze(snapshot(), changed, kind);
    }

    /** Dangling, withdrawn or superseded targets, cycles, unresolved conflicts and suspect links. */
    public LinkCheckReport check() throws StandardsException {
        LinkGraphData data = snapshot();
        Map<String, java.util.Set<String>> requirementIds = new HashMap<>();
        for (Standard standard : data.standards()) {
            for (Edition edition : standard.editions()) {
                EditionContent content = StandardsException.fromStorage(() -> library.contents().load(edition.id()));
                requirementIds.put(standard.code() + "@" + edition.label(),
                        content.requirements().stream().map(Requirement::id).collect(java.util.stream.Collectors.toSet()));
            }
        }
        return LinkChecker.check(data, requirementIds);
    }

    /**
     * Adds a link from something in the library; the target's fingerprint now is recorded as reviewed, since the
     * person adding the link has just looked at it.
     */
    public long addLink(LinkType type, Endpoint source, Endpoint target, AdoptionDegree degree, String note)
            throws StandardsException {
        Fingerprints fingerprints = new Fingerprints(library.service().standards());
        if (fingerprints.of(source).isEmpty()) {
            throw new StandardsException("link.unknownSource", source);
        }
        String reviewed = fingerprints.of(target).orElse(null);
        return library.inTransaction(() -> {
            long id = links.add(new Link(0, type, source, target, degree, note, reviewed, false));
            library.audit().append(actor, "link.add", source.toString(), type + " -> " + target);
            return id;
        });
    }

    /** Adds a link whose review is recorded against another endpoint (the demo's planted suspect link). */
    public long addLinkReviewedAgainst(LinkType type, Endpoint source, Endpoint target, Endpoint reviewedAgainst,
                                       String note) throws StandardsException {
        String reviewed = new Fingerprints(library.service().standards()).of(reviewedAgainst).orElse(null);
        return library.inTransaction(() -> {
            long id = links.add(new Link(0, type, source, target, null, note, reviewed, false));
            library.audit().append(actor, "link.add", source.toString(), type + " -> " + target);
            return id;
        });
    }

    /** Marks a stored link as reviewed against what its target says now; it is no longer suspect. */
    public void review(long id) throws StandardsException {
        Link link = StandardsException.fromStorage(links::findAll).stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new StandardsException("link.unknown", id));
        String current = new Fingerprints(library.service().standards()).of(link.target()).orElse(null);
        library.inTransaction(() -> {
            links.markReviewed(id, current, actor);
            library.audit().append(actor, "link.review", link.source().toString(), "link " + id + " -> " + link.target());
        });
    }

    /** The current fingerprints of endpoints, reading each edition's content once. */
    private final class Fingerprints {
        private final Map<String, Standard> byCode = new HashMap<>();
        private final Map<Long, EditionContent> contents = new HashMap<>();

        Fingerprints(List<Standard> standards) {
            standards.forEach(s -> byCode.put(s.code(), s));
        }

        EditionContent content(Edition edition) {
            return contents.computeIfAbsent(edition.id(), id -> library.contents().load(id));
        }

        Optional<String> of(Endpoint endpoint) {
            Standard standard = byCode.get(endpoint.code());
            if (standard == null) {
                return Optional.empty();
            }
            Optional<Edition> edition = endpoint.edition() == null ? standard.currentEdition() : standard.edition(endpoint.edition());
            if (edition.isEmpty()) {
                return Optional.empty();
            }
            EditionContent content = content(edition.get());
            if (endpoint.requirement() != null) {
                Optional<Requirement> requirement = content.requirement(endpoint.requirement());
                return requirement.map(r -> sha("requirement", r.id(), r.statement(), r.obligation().name(),
                        Integer.toString(r.revision())));
            }
            // an undated target follows the current edition: a new edition changes it
            return Optional.of(sha("edition", endpoint.edition() == null ? edition.get().label() : "",
                    edition.get().stage().code(), ContentFingerprint.of(content)));
        }
    }

    private static String sha(String... fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : fields) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
