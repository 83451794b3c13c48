package org.normative.standards.framework;

import org.normative.standards.LocalizedText;
import org.normative.standards.StandardsException;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.store.SqlLibrary;

/** Editing the standards-system framework: adding nodes, placing standards on them; both audited. */
public final class FrameworkService {

    private final SqlLibrary library;
    private final String actor;

    public FrameworkService(SqlLibrary library, String actor) {
        this.library = library;
        this.actor = actor;
    }

    public FrameworkService(SqlLibrary library) {
        this(library, System.getProperty("user.name", "unknown"));
    }

    public FrameworkCoverage coverage() throws StandardsException {
        return FrameworkCoverage.of(library.service().framework(), library.service().standards());
    }

    /** Adds a node under {@code parentCode} (null: top level); its code must be new. */
    public void addNode(String code, String parentCode, LocalizedText name) throws StandardsException {
        var nodes = library.service().framework();
        if (nodes.stream().anyMatch(n -> n.code().equals(code))) {
            throw new StandardsException("framework.exists", code);
        }
        if (parentCode != null && nodes.stream().noneMatch(n -> n.code().equals(parentCode))) {
            throw new StandardsException("framework.unknown", parentCode);
        }
        library.inTransaction(() -> {
            library.framework().append(new FrameworkNode(code, parentCode, name));
            library.audit().append(actor, "framework.add", "framework", code + " under " + (parentCode == null ? "top" : parentCode));
        });
    }

    /** Places a standard on a node. */
    public void place(String standardCode, String nodeCode) throws StandardsException {
        library.service().requireStandard(standardCode);
        if (library.service().framework().stream().noneMatch(n -> n.code().equals(nodeCode))) {
            throw new StandardsException("framework.unknown", nodeCode);
        }
        library.inTransaction(() -> {
            library.standards().updateFramework(standardCode, nodeCode);
            library.audit().append(actor, "standard.place", standardCode, "framework node " + nodeCode);
        });
    }
}
