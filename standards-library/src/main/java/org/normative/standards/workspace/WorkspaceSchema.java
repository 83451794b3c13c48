package org.normative.standards.workspace;

/**
 * The tables a module above the library keeps in the workspace, found with {@link java.util.ServiceLoader}.
 * Each module has its own migration folder and its own Flyway history table, so that the library and the
 * modules number their migrations independently and a released migration is never renumbered.
 */
public interface WorkspaceSchema {

    /** A short lower-case name, e.g. "conformance"; the history table is {@code flyway_schema_history_<name>}. */
    String name();

    /** The class-path folder of the module's migrations, e.g. "classpath:org/normative/conformance/store/migration". */
    String migrations();

    /** Folders of the workspace the module keeps files in (e.g. "suites"); a reset deletes them. */
    default java.util.List<String> folders() {
        return java.util.List.of();
    }
}
