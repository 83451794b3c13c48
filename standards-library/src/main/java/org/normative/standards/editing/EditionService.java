package org.normative.standards.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.normative.standards.StandardsException;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.ContentFingerprint;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.lifecycle.StageTransitions;
import org.normative.standards.publishing.ImportedEdition;

/**
 * The write side of editions, shared by the app and the command line: stage moves (with the baseline frozen at a
 * ballot), new editions made from published ones, and content edits with optimistic locking. Each use case runs in
 * one transaction together with its audit entry. The repositories refuse writes to published editions as well, so
 * a caller that bypasses this service is stopped too.
 */
public final class EditionService {

    private final SqlLibrary library;
    private final String actor;
    private final Clock clock;

    public EditionService(SqlLibrary library, String actor, Clock clock) {
        this.library = library;
        this.actor = Objects.requireNonNull(actor);
        this.clock = clock;
    }

    public EditionService(SqlLibrary library) {
        this(library, System.getProperty("user.name", "unknown"), Clock.systemDefaultZone());
    }

    /** The standard and the named edition (its current one when the label is null). */
    public Located locate(EditionRef ref) throws StandardsException {
        Standard standard = library.service().requireStandard(ref.code());
        Edition edition = ref.label() == null
                ? standard.currentEdition().orElseThrow(() -> new StandardsException("edition.none", ref.code()))
                : standard.edition(ref.label()).orElseThrow(() -> new StandardsException("edition.unknown", ref.code(),
                        ref.label(), String.join(", ", standard.editions().stream().map(Edition::label).toList())));
        return new Located(standard, edition);
    }

    /** A standard and one of its editions. */
    public record Located(Standard standard, Edition edition) {
        public String name() {
            return standard.code() + "@" + edition.label();
        }
    }

    public EditionContent content(EditionRef ref) throws StandardsException {
        Located located = locate(ref);
        return StandardsException.fromStorage(() -> library.contents().load(located.edition().id()));
    }

    /**
     * Moves an edition to another stage. Forbidden moves are refused with the allowed ones named; entering a ballot
     * freezes the content hash as the baseline; publication and withdrawal date the edition.
     */
    public Edition moveToStage(EditionRef ref, Stage target) throws StandardsException {
        Located located = locate(ref);
        Edition edition = located.edition();
        StageTransitions.check(located.name(), edition.stage(), target);
        return library.inTransaction(() -> {
            String baseline = null;
            if (StageTransitions.isBallot(target)) {
                baseline = ContentFingerprint.of(library.contents().load(edition.id()));
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate published = target == Stage.PUBLISHED && edition.publishedOn() == null ? today : null;
            LocalDate withdrawn = target == Stage.WITHDRAWN && edition.withdrawnOn() == null ? today : null;
            library.standards().updateStage(edition.id(), target, published, withdrawn, baseline);
            library.audit().append(actor, "edition.stage", located.name(), edition.stage().code() + " -> " + target.code()
                    + (baseline == null ? "" : "; baseline " + baseline));
            return locate(ref).edition();
        });
    }

    /** The baseline frozen when the edition last entered a ballot, or null. */
    public String baseline(EditionRef ref) throws StandardsException {
        Located located = locate(ref);
        return StandardsException.fromStorage(() -> library.standards().baseline(located.edition().id()).orElse(null));
    }

    /**
     * Starts a new edition (at 20.00 working draft) from an existing one, usually the published edition being
     * revised. Its content is copied as it is, so clause keys and requirement ids (and revisions) carry over: that
     * is what keeps diffs, impact analysis and test traceability exact across editions.
     */
    public Edition newEditionFrom(EditionRef source, String newLabel) throws StandardsException {
        Located located = locate(source);
        if (newLabel == null || newLabel.isBlank()) {
            throw new StandardsException("edition.labelMissing");
        }
        return library.inTransaction(() -> {
            EditionContent content = library.contents().load(located.edition().id());
            Edition draft = new Edition(0, newLabel.strip(), Stage.WORKING_DRAFT, null, null, null, located.edition().label());
            library.standards().addEdition(located.standard().code(), draft, content);
            library.audit().append(actor, "edition.create", located.standard().code() + "@" + draft.label(),
                    "revises " + located.name());
            return locate(new EditionRef(located.standard().code(), draft.label())).edition();
        });
    }

    /**
     * A standard as one self-contained document (for the XML format): its committee, framework node and either the
     * named edition or, when the reference names none, every edition.
     */
    public StandardDocument document(EditionRef ref) throws StandardsException {
        Standard standard = library.service().requireStandard(ref.code());
        List<Edition> editions = ref.label() == null ? standard.editions() : List.of(locate(ref).edition());
        Committee committee = library.service().committees().stream()
                .filter(c -> c.code().equals(standard.committeeCode())).findFirst()
                .orElseThrow(() -> new StandardsException("workspace.database", "committee " + standard.committeeCode()));
        FrameworkNode node = standard.frameworkCode() == null ? null : library.service().framework().stream()
                .filter(f -> f.code().equals(standard.frameworkCode())).findFirst().orElse(null);
        List<StandardDocument.EditionDocument> documents = new ArrayList<>();
        for (Edition edition : editions) {
            documents.add(StandardsException.fromStorage(() -> new StandardDocument.EditionDocument(edition,
                    library.contents().load(edition.id()), library.standards().baseline(edition.id()).orElse(null))));
        }
        Standard shown = new Standard(standard.code(), standard.title(), standard.committeeCode(), standard.frameworkCode(),
                editions);
        return new StandardDocument(committee, node, shown, documents);
    }

    /**
     * Adds a standard read from a document, with its editions as they are (stages, dates, baselines), in one
     * transaction; its committee and framework node come along where the workspace lacks them.
     */
    public void importDocument(StandardDocument document) throws StandardsException {
        library.inTransaction(() -> {
            library.standards().add(document);
            library.audit().append(actor, "standard.import", document.standard().code(), document.editions().size()
                    + " edition(s): " + String.join(", ", document.editions().stream().map(e -> e.edition().label()).toList()));
        });
    }

    /**
     * Takes in an edition read from a document (a DOCX): as a new standard when the workspace has none with its code
     * (owned by {@code committeeCode}, or else the committee the document names), as a new working draft revising the
     * current edition when the standard lacks that edition, or as the new content of that edition when it is a draft.
     * A published edition is refused. One transaction: a refusal changes nothing.
     */
    public Located importEdition(ImportedEdition imported, String committeeCode) throws StandardsException {
        EditionRef ref = new EditionRef(imported.code(), imported.label());
        Standard standard = library.standards().findByCode(imported.code()).orElse(null);
        if (standard == null) {
            Committee committee = committeeCode == null ? imported.committee() : library.service().committees().stream()
                    .filter(c -> c.code().equals(committeeCode)).findFirst()
                    .orElseThrow(() -> new StandardsException("committee.unknown", committeeCode));
            if (committee == null) {
                throw new StandardsException("document.import.noCommittee", imported.code());
            }
            if (imported.title() == null) {
                throw new StandardsException("document.import.noTitle", imported.code());
            }
            Edition draft = new Edition(0, imported.label(), Stage.WORKING_DRAFT, null, null, null, null);
            importDocument(new StandardDocument(committee, null, new Standard(imported.code(), imported.title(),
                    committee.code(), null, List.of(draft)),
                    List.of(new StandardDocument.EditionDocument(draft, imported.content(), null))));
        } else if (standard.edition(imported.label()).isPresent()) {
            replaceContent(ref, imported.content());
        } else {
            String revises = standard.currentEdition().map(Edition::label).orElse(null);
            library.inTransaction(() -> {
                library.standards().addEdition(standard.code(), new Edition(0, imported.label(), Stage.WORKING_DRAFT,
                        null, null, null, revises), imported.content());
                library.audit().append(actor, "edition.import", imported.code() + "@" + imported.label(),
                        "fingerprint " + ContentFingerprint.of(imported.content()));
            });
        }
        return locate(ref);
    }

    /** Replaces the whole content of a draft edition (an import of a newer draft, for example). */
    public void replaceContent(EditionRef ref, EditionContent content) throws StandardsException {
        Located located = locate(ref);
        library.inTransaction(() -> {
            library.contents().replace(located.edition().id(), content);
            library.audit().append(actor, "edition.content", located.name(), "fingerprint " + ContentFingerprint.of(content));
        });
    }

    /**
     * Saves what an editor made of a draft edition, if nobody saved it since the editor loaded the content with
     * {@code loadedFingerprint}. Otherwise nothing is written and a {@link ContentConflictException} carries what
     * is stored now, so the editor can show both versions and the user can choose: nothing is lost.
     */
    public void saveContent(EditionRef ref, String loadedFingerprint, EditionContent content) throws StandardsException {
        Located located = locate(ref);
        library.inTransaction(() -> {
            java.util.Optional<EditionContent> theirs = library.contents().replaceIfUnchanged(located.edition().id(), loadedFingerprint, content);
            if (theirs.isPresent()) {
                throw new ContentConflictException(located.name(), theirs.get());
            }
            library.audit().append(actor, "edition.content", located.name(), "fingerprint " + ContentFingerprint.of(content));
        });
    }

    public long clauseVersion(EditionRef ref, String clauseKey) throws StandardsException {
        return library.contents().clauseVersion(locate(ref).edition().id(), clauseKey);
    }

    /** Changes a clause; a concurrent change since {@code expectedVersion} is an {@code EditConflictException}. */
    public long updateClause(EditionRef ref, String clauseKey, long expectedVersion, String heading, String body)
            throws StandardsException {
        Located located = locate(ref);
        return library.inTransaction(() -> {
            long version = library.contents().updateClause(located.edition().id(), clauseKey, expectedVersion, heading, body);
            library.audit().append(actor, "clause.update", located.name(), clauseKey + " v" + version);
            return version;
        });
    }

    public long requirementVersion(EditionRef ref, String requirementId) throws StandardsException {
        return library.contents().requirementVersion(locate(ref).edition().id(), requirementId);
    }

    public Requirement updateRequirement(EditionRef ref, String requirementId, long expectedVersion, String statement,
                                         Obligation obligation, String requirementClass) throws StandardsException {
        Located located = locate(ref);
        return library.inTransaction(() -> {
            Requirement stored = library.contents().updateRequirement(located.edition().id(), requirementId,
                    expectedVersion, statement, obligation, requirementClass);
            library.audit().append(actor, "requirement.update", located.name(),
                    requirementId + " r" + stored.revision() + " " + stored.obligation());
            return stored;
        });
    }
}
