package org.normative.standards.links;

/**
 * A typed link from one endpoint to another, possibly across committees. {@code reviewedFingerprint} is what the
 * target looked like when someone last reviewed the link (null: never reviewed); when the target's fingerprint
 * differs today, the link is suspect. {@code derived} links come from an edition's normative references (clause 2)
 * rather than from the link table; they have id 0 and no review state. {@code degree} is set for adoptions only.
 */
public record Link(long id, LinkType type, Endpoint source, Endpoint target, AdoptionDegree degree, String note,
                   String reviewedFingerprint, boolean derived) {
}
