package org.normative.standards.review;

/**
 * A stored comment of a comment set: its number in the set, what was written, the clause it is anchored to (the
 * clause's stable key, when the clause number named one of the edition; null otherwise), and the disposition
 * with the change it caused (an audit entry of the same edition), once decided.
 */
public record ReviewComment(long id, int number, CommentEntry entry, String clauseKey, Disposition disposition,
                            String dispositionNote, Long changeSeq, String changeSummary, long version) {

    public ReviewComment {
        dispositionNote = dispositionNote == null ? "" : dispositionNote;
    }

    public boolean isDisposed() {
        return disposition != null;
    }
}
