package org.normative.app.gui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.tab.TabModel;
import org.normative.app.gui.task.BackgroundTask;
import org.normative.app.gui.task.TaskExecutor;
import org.normative.standards.Messages;
import org.normative.standards.StandardsException;
import org.normative.standards.audit.AuditEntry;
import org.normative.standards.audit.AuditTrail;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.Member;
import org.normative.standards.library.Standard;
import org.normative.standards.review.Ballot;
import org.normative.standards.review.BallotResult;
import org.normative.standards.review.BallotVote;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.ImportResult;
import org.normative.standards.review.ReviewComment;
import org.normative.standards.review.ReviewService;
import org.normative.standards.review.Vote;
import org.normative.standards.review.xlsx.CommentTemplateReader;
import org.normative.standards.review.xlsx.CommentTemplateWriter;
import org.normative.standards.review.xlsx.TemplateReading;

/**
 * The review of one edition in a tab: the comments of its latest ballot (filtered by type, clause and
 * disposition), adding a comment anchored to a clause, the disposition of the selected comment with the change it
 * caused, the import and export of the ISO commenting template, the votes and the result under the stage's rule.
 * Everything is read and written in the background; after each change the tab reads the review again.
 */
public final class ReviewViewModel implements TabModel {

    private static final Messages LIBRARY = new Messages("org.normative.standards.messages");
    /** The audit actions that change an edition's text: what a disposition can be linked to. */
    private static final Set<String> EDITS = Set.of("clause.update", "requirement.update", "edition.content");

    /** What one read of the review gives. */
    private record Loaded(List<ReviewComment> comments, Optional<Ballot> ballot, List<Clause> clauses,
                          List<Member> members, List<AuditEntry> changes) {
    }

    private final ReviewService review;
    private final LibraryService library;
    private final AuditTrail audit;
    private final Standard standard;
    private final Edition edition;
    private final EditionRef ref;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private Loaded loaded;

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
    private final BooleanProperty approved = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private final ObservableList<CommentRow> comments = FXCollections.observableArrayList();
    private final FilteredList<CommentRow> shownComments = new FilteredList<>(comments);
    private final ObservableList<Choice<CommentType>> typeFilters = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CommentType>> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty clauseFilter = new SimpleStringProperty("");
    private final ObservableList<Choice<DispositionFilter>> dispositionFilters = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DispositionFilter>> dispositionFilter = new SimpleObjectProperty<>();

    private final ObservableList<Choice<String>> clauses = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> newClause = new SimpleObjectProperty<>();
    private final ObservableList<String> memberBodies = FXCollections.observableArrayList();
    private final StringProperty newMember = new SimpleStringProperty("");
    private final ObservableList<Choice<CommentType>> types = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CommentType>> newType = new SimpleObjectProperty<>();
    private final StringProperty newLine = new SimpleStringProperty("");
    private final StringProperty newParagraph = new SimpleStringProperty("");
    private final StringProperty newComment = new SimpleStringProperty("");
    private final StringProperty newProposal = new SimpleStringProperty("");
    private String pendingClause;

    private final ObjectProperty<CommentRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectedSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<Choice<Disposition>> dispositions = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Disposition>> disposition = new SimpleObjectProperty<>();
    private final StringProperty dispositionNote = new SimpleStringProperty("");
    private final StringProperty observations = new SimpleStringProperty("");
    private final ObservableList<Choice<Long>> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> change = new SimpleObjectProperty<>();

    private final ObservableList<VoteRow> votes = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> voters = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> voter = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Vote>> voteChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Vote>> vote = new SimpleObjectProperty<>();

    /** {@code clauseNumber} is the clause selected where the review was opened (may be null): new comments go there. */
    public ReviewViewModel(ReviewService review, LibraryService library, AuditTrail audit, Standard standard,
                           Edition edition, String clauseNumber, Localization localization, TaskExecutor executor,
                           DialogService dialogs) {
        this.review = review;
        this.library = library;
        this.audit = audit;
        this.standard = standard;
        this.edition = edition;
        this.ref = new EditionRef(standard.code(), edition.label());
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.pendingClause = clauseNumber;
        typeFilter.addListener((o, a, b) -> refilter());
        clauseFilter.addListener((o, a, b) -> refilter());
        dispositionFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> showDisposition(b));
        localization.localeProperty().addListener((o, a, b) -> refreshTexts());
        refreshTexts();
    }

    @Override
    public String tabKey() {
        return "review-" + ref;
    }

    @Override
    public String tabTitle() {
        return localization.text("review.tab", ref);
    }

    public String editionName() {
        return ref.toString();
    }

    /** Reads the comments, the ballot, the clauses, the committee's members and the edition's recent edits. */
    public void reload() {
        loading.set(true);
        BackgroundTask.wrap(localization.text("task.review.load", ref), progress -> {
                    List<ReviewComment> read = review.comments(ref);
                    Optional<Ballot> ballot = review.commentSet(ref).isPresent() ? Optional.of(review.ballot(ref)) : Optional.empty();
                    List<Clause> flat = new ArrayList<>();
                    library.clauses(edition).forEach(c -> flatten(c, flat));
                    List<AuditEntry> edits = StandardsException.fromStorage(() -> audit.history(ref.toString(), 200))
                            .stream().filter(e -> EDITS.contains(e.action())).toList();
                    return new Loaded(read, ballot, flat, review.memberBodies(ref), edits);
                })
                .onSuccess(this::show)
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private static void flatten(Clause clause, List<Clause> out) {
        out.add(clause);
        clause.children().forEach(child -> flatten(child, out));
    }

    private void show(Loaded read) {
        loading.set(false);
        String clauseShown = newClause.get() == null ? pendingClause : newClause.get().value();
        pendingClause = null;
        loaded = read;
        refreshTexts();
        clauses.stream().filter(c -> java.util.Objects.equals(c.value(), clauseShown)).findFirst()
                .ifPresent(newClause::set);
    }

    /** Makes every text again in the current language, keeping what is chosen. */
    private void refreshTexts() {
        Locale locale = localization.locale();
        showDisposition(selected.get());
        heading.set(localization.text("review.heading", ref, edition.stage().label(locale),
                standard.title().in(locale)));
        keep(typeFilters, typeFilter, typeChoices(localization.text("review.filter.allTypes")), 0);
        keep(types, newType, typeChoices(null), 1);
        List<Choice<DispositionFilter>> filters = Arrays.stream(DispositionFilter.values())
                .map(f -> new Choice<>(f, localization.text("review.filter." + f.name()))).toList();
        keep(dispositionFilters, dispositionFilter, filters, 0);
        List<Choice<Disposition>> disposed = Arrays.stream(Disposition.values())
                .map(d -> new Choice<>(d, localization.text("review.disposition." + d.name()))).toList();
        keep(dispositions, disposition, disposed, -1);
        List<Choice<Vote>> voted = Arrays.stream(Vote.values())
                .map(v -> new Choice<>(v, localization.text("review.vote." + v.name()))).toList();
        keep(voteChoices, vote, voted, 0);
        if (loaded == null) {
            return;
        }
        List<Choice<String>> clauseChoices = new ArrayList<>();
        clauseChoices.add(new Choice<>("", localization.text("review.generalComment")));
        loaded.clauses().forEach(c -> clauseChoices.add(new Choice<>(c.number(), c.number() + "  " + c.heading())));
        keep(clauses, newClause, clauseChoices, 0);
        memberBodies.setAll(loaded.members().stream().map(Member::organisation).distinct().toList());
        keep(voters, voter, loaded.members().stream().map(Member::organisation).distinct()
                .map(m -> new Choice<>(m, m)).toList(), 0);
        List<Choice<Long>> changeChoices = new ArrayList<>();
        changeChoices.add(new Choice<>(null, localization.text("review.noChange")));
        loaded.changes().forEach(e -> changeChoices.add(new Choice<>(e.seq(),
                localization.text("review.changeChoice", e.seq(), e.action(), e.detail()))));
        keep(changes, change, changeChoices, 0);
        Long kept = selected.get() == null ? null : selected.get().id();
        comments.setAll(loaded.comments().stream().map(this::row).toList());
        // the comment chosen before stays chosen, now with what was just recorded about it
        selected.set(comments.stream().filter(r -> kept != null && r.id() == kept).findFirst().orElse(null));
        showBallot(loaded);
    }

    /** Replaces a chooser's entries, keeping the chosen value (or choosing entry {@code fallback}; none when -1). */
    private static <T> void keep(ObservableList<Choice<T>> list, ObjectProperty<Choice<T>> chosen, List<Choice<T>> fresh,
                                 int fallback) {
        T value = chosen.get() == null ? null : chosen.get().value();
        boolean hadChoice = chosen.get() != null;
        list.setAll(fresh);
        Optional<Choice<T>> same = fresh.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst();
        if (hadChoice && same.isPresent()) {
            chosen.set(same.get());
        } else {
            chosen.set(fallback >= 0 && fallback < fresh.size() ? fresh.get(fallback) : null);
        }
    }

    private List<Choice<CommentType>> typeChoices(String all) {
        List<Choice<CommentType>> choices = new ArrayList<>();
        if (all != null) {
            choices.add(new Choice<>(null, all));
        }
        Arrays.stream(CommentType.values()).forEach(t -> choices.add(new Choice<>(t, localization.text("review.type." + t.name()))));
        return choices;
    }

    private CommentRow row(ReviewComment c) {
        String disposed = c.disposition() == null ? "" : localization.text("review.disposition." + c.disposition().name());
        String changed = c.changeSeq() == null ? "" : localization.text("review.changeRow", c.changeSeq(), c.changeSummary());
        return new CommentRow(c, c.entry().type().code(), disposed, changed);
    }

    private void showBallot(Loaded read) {
        votes.clear();
        if (read.ballot().isEmpty()) {
            status.set(localization.text("review.noSet", ref));
            result.set("");
            rule.set("");
            approved.set(false);
            return;
        }
        Ballot ballot = read.ballot().get();
        status.set(localization.text("review.set", ballot.set().stage().label(localization.locale()),
                read.comments().size(), read.comments().stream().filter(c -> !c.isDisposed()).count()));
        for (BallotVote v : ballot.votes()) {
            votes.add(new VoteRow(v.memberBody(), localization.text(v.participating() ? "review.pMember" : "review.oMember"),
                    localization.text("review.vote." + v.vote().name())));
        }
        BallotResult counted = ballot.result();
        approved.set(counted.approved());
        rule.set(LIBRARY.format(localization.locale(), ballot.rule().descriptionKey()));
        result.set(localization.text("review.result", LIBRARY.format(localization.locale(), counted.outcome().messageKey()),
                counted.participatingApprove(), counted.participatingCast(), counted.negative(), counted.cast(),
                counted.abstentions()));
    }

    private void refilter() {
        CommentType type = typeFilter.get() == null ? null : typeFilter.get().value();
        String clause = clauseFilter.get() == null ? "" : clauseFilter.get().strip();
        DispositionFilter filter = dispositionFilter.get() == null ? DispositionFilter.ALL : dispositionFilter.get().value();
        shownComments.setPredicate(row -> (type == null || row.comment().entry().type() == type)
                && (clause.isEmpty() || row.comment().entry().clause().equals(clause)
                    || row.comment().entry().clause().startsWith(clause + "."))
                && filter.matches(row.comment().disposition()));
    }

    private void showDisposition(CommentRow row) {
        if (row == null) {
            selectedSummary.set(localization.text("review.dispose.none"));
            return;
        }
        ReviewComment c = row.comment();
        CommentEntry e = c.entry();
        selectedSummary.set(localization.text("review.dispose.selected", c.number(), e.memberBody(),
                e.clause().isEmpty() ? "-" : e.clause(), e.comment(), e.proposedChange().isEmpty() ? "-" : e.proposedChange()));
        disposition.set(dispositions.stream().filter(d -> d.value() == c.disposition()).findFirst().orElse(null));
        dispositionNote.set(c.dispositionNote());
        observations.set(c.entry().observations());
        change.set(changes.stream().filter(ch -> java.util.Objects.equals(ch.value(), c.changeSeq())).findFirst()
                .orElse(changes.isEmpty() ? null : changes.get(0)));
    }

    /** Adds the comment of the form, anchored to the chosen clause; the text fields empty once it is stored. */
    public void addComment() {
        String clause = newClause.get() == null ? "" : newClause.get().value();
        CommentType type = newType.get() == null ? CommentType.TECHNICAL : newType.get().value();
        CommentEntry entry = new CommentEntry(newMember.get(), newLine.get(), clause, newParagraph.get(), type,
                newComment.get(), newProposal.get(), "");
        BackgroundTask.wrap(localization.text("task.review.comment", ref), progress -> review.addComment(ref, entry))
                .onSuccess(added -> {
                    newComment.set("");
                    newProposal.set("");
                    newLine.set("");
                    newParagraph.set("");
                    reload();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Records the chosen disposition of the selected comment, with its note, observations and linked change. */
    public void dispose() {
        CommentRow row = selected.get();
        Choice<Disposition> chosen = disposition.get();
        if (row == null || chosen == null) {
            return;
        }
        Long seq = change.get() == null ? null : change.get().value();
        String note = dispositionNote.get();
        String observed = observations.get();
        BackgroundTask.wrap(localization.text("task.review.dispose", row.comment().number()),
                        progress -> review.dispose(row.id(), chosen.value(), note, observed, seq))
                .onSuccess(done -> reload())
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Records the chosen member body's vote. */
    public void castVote() {
        Choice<String> member = voter.get();
        Choice<Vote> chosen = vote.get();
        if (member == null || chosen == null) {
            return;
        }
        BackgroundTask.wrap(localization.text("task.review.vote", member.value()),
                        progress -> review.vote(ref, member.value(), chosen.value(), null))
                .onSuccess(done -> reload())
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Asks for a commenting template and adds its comments; rows that cannot be read are listed afterwards. */
    public void importTemplate() {
        Optional<Path> file = dialogs.chooseFiles(localization.text("review.import.title"), List.of("xlsx")).stream().findFirst();
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        BackgroundTask.wrap(localization.text("task.review.import", chosen.getFileName()), progress -> {
                    TemplateReading reading = new CommentTemplateReader().read(chosen);
                    return review.importRows(ref, String.valueOf(chosen.getFileName()), reading.rows(), reading.problems());
                })
                .onSuccess(imported -> {
                    dialogs.showInformation(localization.text("review.import.title"), summary(chosen, imported));
                    reload();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private String summary(Path file, ImportResult imported) {
        StringBuilder text = new StringBuilder(localization.text("review.import.done", imported.added().size(),
                file.getFileName(), imported.alreadyPresent(), imported.problems().size()));
        imported.problems().forEach(p -> text.append('\n').append(p.message().in(localization.locale())));
        return text.toString();
    }

    /** Asks where to write the comments as the ISO commenting template, then writes it. */
    public void exportTemplate() {
        String suggested = (standard.code() + "-" + edition.label()).replaceAll("[^\\p{L}\\p{N}.-]+", "-") + "-comments.xlsx";
        Optional<Path> file = dialogs.chooseSaveFile(localization.text("review.export.title"), suggested);
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        BackgroundTask.wrap(localization.text("task.review.export", chosen.getFileName()), progress -> {
                    List<ReviewComment> all = review.comments(ref);
                    new CommentTemplateWriter().write(all, chosen);
                    return all.size();
                })
                .onSuccess(count -> dialogs.showInformation(localization.text("review.export.title"),
                        localization.text("review.export.done", count, chosen)))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void failed(Exception error) {
        loading.set(false);
        dialogs.showError(localization.text("error.review"), localization.describe(error), error);
    }

    public BooleanBinding cannotAdd() {
        return Bindings.createBooleanBinding(() -> newMember.get() == null || newMember.get().isBlank()
                || newComment.get() == null || newComment.get().isBlank(), newMember, newComment);
    }

    public BooleanBinding cannotDispose() {
        return selected.isNull().or(disposition.isNull());
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    public BooleanProperty approvedProperty() {
        return approved;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public FilteredList<CommentRow> shownComments() {
        return shownComments;
    }

    public ObservableList<Choice<CommentType>> typeFilters() {
        return typeFilters;
    }

    public ObjectProperty<Choice<CommentType>> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty clauseFilterProperty() {
        return clauseFilter;
    }

    public ObservableList<Choice<DispositionFilter>> dispositionFilters() {
        return dispositionFilters;
    }

    public ObjectProperty<Choice<DispositionFilter>> dispositionFilterProperty() {
        return dispositionFilter;
    }

    public ObservableList<Choice<String>> clauses() {
        return clauses;
    }

    public ObjectProperty<Choice<String>> newClauseProperty() {
        return newClause;
    }

    public ObservableList<String> memberBodies() {
        return memberBodies;
    }

    public StringProperty newMemberProperty() {
        return newMember;
    }

    public ObservableList<Choice<CommentType>> types() {
        return types;
    }

    public ObjectProperty<Choice<CommentType>> newTypeProperty() {
        return newType;
    }

    public StringProperty newLineProperty() {
        return newLine;
    }

    public StringProperty newParagraphProperty() {
        return newParagraph;
    }

    public StringProperty newCommentProperty() {
        return newComment;
    }

    public StringProperty newProposalProperty() {
        return newProposal;
    }

    public ObjectProperty<CommentRow> selectedProperty() {
        return selected;
    }

    /** The selected comment in full, above the disposition form. */
    public ReadOnlyStringProperty selectedSummaryProperty() {
        return selectedSummary.getReadOnlyProperty();
    }

    public ObservableList<Choice<Disposition>> dispositions() {
        return dispositions;
    }

    public ObjectProperty<Choice<Disposition>> dispositionProperty() {
        return disposition;
    }

    public StringProperty dispositionNoteProperty() {
        return dispositionNote;
    }

    public StringProperty observationsProperty() {
        return observations;
    }

    public ObservableList<Choice<Long>> changes() {
        return changes;
    }

    public ObjectProperty<Choice<Long>> changeProperty() {
        return change;
    }

    public ObservableList<VoteRow> votes() {
        return votes;
    }

    public ObservableList<Choice<String>> voters() {
        return voters;
    }

    public ObjectProperty<Choice<String>> voterProperty() {
        return voter;
    }

    public ObservableList<Choice<Vote>> voteChoices() {
        return voteChoices;
    }

    public ObjectProperty<Choice<Vote>> voteProperty() {
        return vote;
    }
}
