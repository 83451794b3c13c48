package org.normative.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "gui", description = "Open the desktop app on the workspace.")
final class GuiCommand implements Callable<Integer> {

    private final CliSession session;

    GuiCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.closeWorkspace();
        return session.desktop().launch(session.workspaceDirectory(), session.requestedLanguage());
    }
}
