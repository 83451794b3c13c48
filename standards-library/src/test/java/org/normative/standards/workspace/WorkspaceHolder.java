package org.normative.standards.workspace;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * A second process for {@link WorkspaceLockTest}: opens the workspace named by its argument, prints {@code open},
 * and holds the workspace until its standard input closes.
 */
public final class WorkspaceHolder {

    private WorkspaceHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            InputStream in = System.in;
            while (in.read() != -1) {
                // hold until the test closes our stdin (or dies, which closes it too)
            }
        }
    }
}
