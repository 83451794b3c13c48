package org.normative.standards.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a workspace lives when nobody says otherwise: the per-user data folder of the operating system
 * (XDG on Linux, AppData on Windows, Application Support on macOS). {@code NORMATIVE_WORKSPACE} overrides it.
 */
public final class WorkspaceLocation {

    private static final String APP_FOLDER = "normative";

    private WorkspaceLocation() {
    }

    public static Path defaultWorkspace() {
        return defaultWorkspace(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The rule itself, with the environment passed in so that every platform's answer can be tested anywhere. */
    static Path defaultWorkspace(Map<String, String> env, String osName, Path home) {
        String override = env.get("NORMATIVE_WORKSPACE");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return dataHome(env, osName, home).resolve("workspace");
    }

    /** The per-user folder for the app's own data (the workspace, preferences). */
    public static Path dataHome() {
        return dataHome(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path dataHome(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.getOrDefault("LOCALAPPDATA", env.get("APPDATA"));
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Local");
            return base.resolve("Normative");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Normative");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER);
    }
}
