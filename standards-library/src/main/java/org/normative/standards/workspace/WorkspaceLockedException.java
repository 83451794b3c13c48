package org.normative.standards.workspace;

import java.nio.file.Path;

import org.normative.standards.StandardsException;

/** The workspace is open in another process; opening it twice would corrupt the database. */
public class WorkspaceLockedException extends StandardsException {

    WorkspaceLockedException(Path directory, String holderPid) {
        super(holderPid == null ? "workspace.locked" : "workspace.lockedBy", directory, holderPid);
    }
}
