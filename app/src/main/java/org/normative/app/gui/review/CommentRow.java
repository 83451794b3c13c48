package org.normative.app.gui.review;

import org.normative.standards.review.ReviewComment;

/** A comment as the review table shows it, with its type, disposition and linked change in the current language. */
public record CommentRow(ReviewComment comment, String type, String disposition, String change) {

    public long id() {
        return comment.id();
    }
}
