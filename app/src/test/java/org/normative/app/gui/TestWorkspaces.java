package org.normative.app.gui;

import java.nio.file.Path;

import org.normative.standards.StandardsException;
import org.normative.standards.demo.DemoLibrary;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/** Real workspaces (H2 file database, migrations) in a temporary folder, with the demo library. */
public final class TestWorkspaces {

    private TestWorkspaces() {
    }

    public static Workspace withDemo(Path directory) throws StandardsException {
        Workspace workspace = Workspace.open(directory);
        new DemoLibrary(new SqlLibrary(workspace)).install();
        return workspace;
    }
}
