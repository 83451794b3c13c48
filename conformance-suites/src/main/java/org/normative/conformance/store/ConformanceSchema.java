package org.normative.conformance.store;

import org.normative.standards.workspace.WorkspaceSchema;

/** The conformance tables of a workspace, migrated when the workspace opens (found with ServiceLoader). */
public final class ConformanceSchema implements WorkspaceSchema {

    @Override
    public String name() {
        return "conformance";
    }

    @Override
    public String migrations() {
        return "classpath:org/normative/conformance/store/migration";
    }

    @Override
    public java.util.List<String> folders() {
        return java.util.List.of("suites", "demo-artifacts");
    }
}
