package org.normative.standards.review;

import java.time.OffsetDateTime;

import org.normative.standards.library.Stage;

/**
 * The comments and votes on one ballot draft: an edition at one ballot stage. The baseline is the content
 * fingerprint frozen when the edition entered the ballot, so every comment refers to the same text.
 */
public record CommentSet(long id, long editionId, Stage stage, String baseline, OffsetDateTime openedAt) {
}
