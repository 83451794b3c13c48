package org.normative.standards.library;

/** The role of a person in a committee. Only participating members (and the chair) vote in ballots. */
public enum Role {
    CHAIR,
    SECRETARY,
    PARTICIPATING_MEMBER,
    OBSERVER
}
