package org.normative.app.gui.review;

/** A vote as the votes table shows it: the member body, P- or O-member, and the vote in the current language. */
public record VoteRow(String memberBody, String membership, String vote) {
}
