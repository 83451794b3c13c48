package org.normative.conformance.run;

/** Whose system a run tests: the organisation (vendor), the system and its version. */
public record Subject(String organisation, String system, String version) {

    public static final Subject UNNAMED = new Subject("", "", "");
}
