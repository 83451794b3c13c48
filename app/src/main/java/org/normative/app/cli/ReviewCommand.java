package org.normative.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.normative.standards.Messages;
import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.review.Ballot;
import org.normative.standards.review.BallotResult;
import org.normative.standards.review.BallotVote;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentSet;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.ImportResult;
import org.normative.standards.review.ReviewComment;
import org.normative.standards.review.ReviewService;
import org.normative.standards.review.RowProblem;
import org.normative.standards.review.Vote;
import org.normative.standards.review.store.JdbiReviewRepository;
import org.normative.standards.review.xlsx.CommentTemplateReader;
import org.normative.standards.review.xlsx.CommentTemplateWriter;
import org.normative.standards.review.xlsx.TemplateReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", description = "Review of ballot drafts: comments (ISO commenting template), dispositions, votes, result.",
        subcommands = {ReviewCommand.Comments.class, ReviewCommand.Import.class, ReviewCommand.Export.class,
                ReviewCommand.AddComment.class, ReviewCommand.Dispose.class, ReviewCommand.CastVote.class,
                ReviewCommand.Result.class})
final class ReviewCommand extends GroupCommand {

    private static final Messages LIBRARY = new Messages("org.normative.standards.messages");

    static ReviewService service(CliSession session) throws StandardsException {
        return new ReviewService(session.sqlLibrary(), new JdbiReviewRepository(session.workspace()));
    }

    /** A value people typed that is not one of the choices: a usage error (64), said in their language. */
    static <T> T choice(CommandSpec spec, CliSession session, Function<String, Optional<T>> parse, String value,
                        String messageKey) {
        return parse.apply(value).orElseThrow(() -> new ParameterException(spec.commandLine(),
                LIBRARY.format(session.language(), messageKey, value)));
    }

    @Command(name = "comments", description = "The comments on the edition's latest ballot, with their dispositions.")
    static final class Comments implements Callable<Integer> {

        private final CliSession session;

        @Parameters(index = "0", paramLabel = "CODE@EDITION")
        String edition;

        @Option(names = "--json", description = "Print {edition, stage, baseline, comments: [...]}.")
        boolean json;

        Comments(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            EditionRef ref = EditionRef.parse(edition);
            ReviewService review = service(session);
            Optional<CommentSet> set = review.commentSet(ref);
            List<ReviewComment> comments = review.comments(ref);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("edition", ref.toString());
                out.put("stage", set.map(s -> s.stage().code()).orElse(null));
                out.put("baseline", set.map(CommentSet::baseline).orElse(null));
                out.put("comments", comments.stream().map(ReviewCommand::json).toList());
                session.out().println(session.json(out));
                return Cli.OK;
            }
            if (set.isEmpty()) {
                session.out().println(session.text("review.noSet", ref));
                return Cli.OK;
            }
            session.out().println(session.text("review.header", ref, set.get().stage().label(session.language()),
                    comments.size()));
            for (ReviewComment c : comments) {
                CommentEntry e = c.entry();
                session.out().println(session.text("review.comment", c.number(), c.id(), e.type().code(),
                        e.clause().isEmpty() ? "-" : e.clause(), e.memberBody(), e.line().isEmpty() ? "-" : e.line()));
                session.out().println("    " + e.comment().replace("\n", "\n    "));
                if (!e.proposedChange().isEmpty()) {
                    session.out().println("    " + session.text("review.proposed", e.proposedChange()));
                }
                if (c.isDisposed()) {
                    session.out().println("    " + session.text("review.disposition", c.disposition().label(),
                            c.dispositionNote().isEmpty() ? "" : " - " + c.dispositionNote()));
                }
                if (c.changeSeq() != null) {
                    session.out().println("    " + session.text("review.change", c.changeSeq(), c.changeSummary()));
                }
            }
            return Cli.OK;
        }
    }

    static Map<String, Object> json(ReviewComment c) {
        CommentEntry e = c.entry();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("number", c.number());
        out.put("memberBody", e.memberBody());
        out.put("line", e.line());
        out.put("clause", e.clause());
        out.put("clauseKey", c.clauseKey());
        out.put("paragraph", e.paragraph());
        out.put("type", e.type().code());
        out.put("comment", e.comment());
        out.put("proposedChange", e.proposedChange());
        out.put("observations", e.observations());
        out.put("disposition", c.disposition() == null ? null : c.disposition().label());
        out.put("dispositionNote", c.dispositionNote());
        out.put("change", c.changeSeq() == null ? null : Map.of("auditSeq", c.changeSeq(), "summary", c.changeSummary()));
        return out;
    }

    @Command(name = "import", description = "Add the comments of an ISO commenting template (XLSX); exit 1 when rows could not be read.")
    static final class Import implements Callable<Integer> {

        private final CliSession session;

        @Parameters(index = "0", paramLabel = "CODE@EDITION")
        String edition;

        @Parameters(index = "1", paramLabel = "FILE.xlsx")
        Path file;

        Import(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            EditionRef ref = EditionRef.parse(edition);
            ReviewService review = service(session);
            session.editions().locate(ref); // an unknown edition is named before the file is read
            TemplateReading reading = new CommentTemplateReader().read(file);
            ImportResult result = review.importRows(ref, String.valueOf(file.getFileName()), reading.rows(),
                    reading.problems());
            session.out().println(session.text("review.imported", result.added().size(), file, reading.sheet(),
                    result.alreadyPresent()));
            for (RowProblem problem : result.problems()) {
                session.out().println("  " + problem.message().in(session.language()));
            }
            return result.problems().isEmpty() ? Cli.OK : Cli.FAILED;
        }
    }

    @Command(name = "export", description = "Write the comments of the edition's latest ballot as the ISO commenting template (XLSX).")
    static final class Export implements Callable<Integer> {

        private final CliSession session;

        @Parameters(index = "0", paramLabel = "CODE@EDITION")
        String edition;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
        Path out;

        Export(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            List<ReviewComment> comments = service(session).comments(EditionRef.parse(edition));
            Path target = out.toAbsolutePath();
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                throw new StandardsException(e, "file.write", target, e.getMessage());
            }
            new CommentTemplateWriter().write(comments, target);
            session.out().println(session.text("review.exported", comments.size(), target));
            return Cli.OK;
        }
    }

    @Command(name = "comment", description = "Add a comment to the edition's ballot, anchored to a clause by its number.")
    static final class AddComment implements Callable<Integer> {

        private final CliSession session;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE@EDITION")
        String edition;

        @Option(names = "--member", required = true, paramLabel = "BODY", description = "The member body making the comment.")
        String member;

        @Option(names = "--type", required = true, paramLabel = "ge|te|ed", description = "General, technical or editorial.")
        String type;

        @Option(names = "--body", required = true, paramLabel = "TEXT", description = "The comment.")
        String body;

        @Option(names = "--clause", paramLabel = "N", description = "The clause number, e.g. 4.2 (none: a general comment).")
        String clause;

        @Option(names = "--line", paramLabel = "N")
        String line;

        @Option(names = "--paragraph", paramLabel = "TEXT", description = "Paragraph, figure, table or note, e.g. \"Table 1\".")
        String paragraph;

        @Option(names = "--proposed", paramLabel = "TEXT", description = "The proposed change.")
        String proposed;

        AddComment(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            CommentType commentType = choice(spec, session, CommentType::parse, type, "review.typeUnknown");
            EditionRef ref = EditionRef.parse(edition);
            ReviewComment added = service(session).addComment(ref,
                    new CommentEntry(member, line, clause, paragraph, commentType, body, proposed, ""));
            session.out().println(session.text("review.added", added.number(), added.id(), ref));
            return Cli.OK;
        }
    }

    @Command(name = "dispose", description = "Record the disposition of a comment, linked to the change it caused (--change AUDIT-SEQ).")
    static final class Dispose implements Callable<Integer> {

        private final CliSession session;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The comment's id (see review comments).")
        long id;

        @Option(names = "--disposition", required = true,
                paramLabel = "accepted|accepted-in-principle|rejected|noted")
        String disposition;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a sentence.")
        String note;

        @Option(names = "--observations", paramLabel = "TEXT", description = "The observations of the secretariat (template column).")
        String observations;

        @Option(names = "--change", paramLabel = "AUDIT-SEQ",
                description = "The audit entry of the edit the comment caused (normative audit verify --json lists entries).")
        Long change;

        Dispose(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            Disposition chosen = choice(spec, session, Disposition::parse, disposition, "review.dispositionUnknown");
            ReviewComment disposed = service(session).dispose(id, chosen, note, observations, change);
            session.out().println(session.text("review.disposed", disposed.number(), id, chosen.label()));
            return Cli.OK;
        }
    }

    @Command(name = "vote", description = "Record a member body's vote while the edition is at its ballot stage; a new vote replaces the old.")
    static final class CastVote implements Callable<Integer> {

        private final CliSession session;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE@EDITION")
        String edition;

        @Option(names = "--member", required = true, paramLabel = "BODY", description = "A member of the owning committee.")
        String member;

        @Option(names = "--vote", required = true, paramLabel = "approve|approve-with-comments|disapprove|abstain")
        String vote;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        CastVote(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            Vote chosen = choice(spec, session, Vote::parse, vote, "review.voteUnknown");
            EditionRef ref = EditionRef.parse(edition);
            BallotVote cast = service(session).vote(ref, member, chosen, note);
            session.out().println(session.text("review.voted", cast.memberBody(), cast.participating() ? "P" : "O",
                    chosen.label(), ref));
            return Cli.OK;
        }
    }

    @Command(name = "result", description = "The votes of the edition's latest ballot and the result under its stage's rule; exit 1 when not approved.")
    static final class Result implements Callable<Integer> {

        private final CliSession session;

        @Parameters(index = "0", paramLabel = "CODE@EDITION")
        String edition;

        @Option(names = "--json", description = "Print {edition, stage, rule, approved, outcome, counts, votes: [...]}.")
        boolean json;

        Result(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() throws StandardsException {
            Ballot ballot = service(session).ballot(EditionRef.parse(edition));
            BallotResult result = ballot.result();
            String outcome = LIBRARY.format(session.language(), result.outcome().messageKey());
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("edition", ballot.edition());
                out.put("stage", ballot.set().stage().code());
                out.put("rule", ballot.rule().id());
                out.put("approved", result.approved());
                out.put("outcome", result.outcome().name());
                out.put("message", outcome);
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put("participatingApprove", result.participatingApprove());
                counts.put("participatingCast", result.participatingCast());
                counts.put("negative", result.negative());
                counts.put("cast", result.cast());
                counts.put("abstentions", result.abstentions());
                out.put("counts", counts);
                List<Map<String, Object>> votes = new ArrayList<>();
                for (BallotVote v : ballot.votes()) {
                    Map<String, Object> vote = new LinkedHashMap<>();
                    vote.put("memberBody", v.memberBody());
                    vote.put("participating", v.participating());
                    vote.put("vote", v.vote().label());
                    vote.put("note", v.note());
                    votes.add(vote);
                }
                out.put("votes", votes);
                session.out().println(session.json(out));
            } else {
                session.out().println(session.text("review.result.header", ballot.edition(),
                        ballot.set().stage().label(session.language())));
                for (BallotVote v : ballot.votes()) {
                    session.out().println(session.text("review.result.vote", v.participating() ? "P" : "O",
                            v.memberBody(), v.vote().label()));
                }
                session.out().println(LIBRARY.format(session.language(), ballot.rule().descriptionKey()));
                session.out().println(session.text("review.result.counts", result.participatingApprove(),
                        result.participatingCast(), result.negative(), result.cast(), result.abstentions()));
                session.out().println(session.text("review.result.outcome", outcome));
            }
            return result.approved() ? Cli.OK : Cli.FAILED;
        }
    }
}
