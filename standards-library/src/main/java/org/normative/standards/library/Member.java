package org.normative.standards.library;

/** A person in a committee, for the organisation they represent. */
public record Member(String person, String organisation, Role role) {
}
