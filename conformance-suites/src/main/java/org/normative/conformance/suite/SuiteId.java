package org.normative.conformance.suite;

import java.util.Objects;

/** A suite's identity, written {@code group:id:version}. */
public record SuiteId(String group, String id, String version) {

    public SuiteId {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return group + ":" + id + ":" + version;
    }
}
