package org.normative.standards.review;

import java.util.Objects;

/**
 * What a member body wrote, in the columns of the ISO commenting template: member body (MB/NC), line number,
 * clause/subclause, paragraph/figure/table/note, type, comment, proposed change, and the observations of the
 * secretariat. Texts are kept as written (trimmed); empty columns are empty strings, never null.
 */
public record CommentEntry(String memberBody, String line, String clause, String paragraph, CommentType type,
                           String comment, String proposedChange, String observations) {

    public CommentEntry {
        memberBody = clean(memberBody);
        line = clean(line);
        clause = clean(clause);
        paragraph = clean(paragraph);
        Objects.requireNonNull(type, "type");
        comment = clean(comment);
        proposedChange = clean(proposedChange);
        observations = clean(observations);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** The same comment as another, whatever the secretariat observed: re-importing a file finds it again. */
    public boolean sameCommentAs(CommentEntry other) {
        return memberBody.equals(other.memberBody) && line.equals(other.line) && clause.equals(other.clause)
                && paragraph.equals(other.paragraph) && type == other.type && comment.equals(other.comment)
                && proposedChange.equals(other.proposedChange);
    }

    public CommentEntry withObservations(String text) {
        return new CommentEntry(memberBody, line, clause, paragraph, type, comment, proposedChange, text);
    }
}
