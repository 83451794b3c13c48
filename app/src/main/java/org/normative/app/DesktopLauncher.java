package org.normative.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Starts the desktop app and returns when its last window closes. The command line knows only this interface, so
 * it never loads a JavaFX class and runs on machines without a display.
 */
@FunctionalInterface
public interface DesktopLauncher {

    /**
     * @param workspace the workspace folder
     * @param language  the language asked for on the command line, or null for the remembered one
     * @return the process exit status
     */
    int launch(Path workspace, Locale language);
}
