package org.normative.app;

import org.normative.app.cli.Cli;

/**
 * The entry point of the {@code normative} command. It does not extend {@code javafx.application.Application},
 * so it starts from a plain class path and loads JavaFX only when the desktop app is asked for.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        DesktopLauncher desktop = (workspace, language) -> new org.normative.app.gui.FxDesktopLauncher().launch(workspace, language);
        int status = Cli.create(desktop).run(args);
        System.exit(status);
    }
}
