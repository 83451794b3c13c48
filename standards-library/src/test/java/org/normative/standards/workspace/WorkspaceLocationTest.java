package org.normative.standards.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    private static final Path HOME = Path.of("/home/lin");

    @Test
    void linuxUsesXdgDataHome() {
        Path xdg = Path.of("/data/lin");

        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("XDG_DATA_HOME", xdg.toString()), "Linux", HOME))
                .isEqualTo(xdg.resolve("normative").resolve("workspace"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/normative/workspace"));
    }

    @Test
    void linuxIgnoresRelativeXdgDataHome() {
        // the XDG spec says a relative path is invalid and must be ignored
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/normative/workspace"));
    }

    @Test
    void windowsUsesLocalAppData() {
        String localAppData = Path.of("/c/Users/lin/AppData/Local").toString();

        assertThat(WorkspaceLocation.defaultWorkspace(
                Map.of("LOCALAPPDATA", localAppData, "APPDATA", "/roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of(localAppData).resolve("Normative").resolve("workspace"));
    }

    @Test
    void windowsWithoutLocalAppDataFallsBackToAppDataLocalUnderHome() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Local").resolve("Normative").resolve("workspace"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Normative").resolve("workspace"));
    }

    @Test
    void normativeWorkspaceOverridesEveryPlatform() {
        Path chosen = Path.of("/srv/standards/workspace");
        Map<String, String> env = Map.of("NORMATIVE_WORKSPACE", chosen.toString(), "XDG_DATA_HOME", "/data",
                "LOCALAPPDATA", "/local");

        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertThat(WorkspaceLocation.defaultWorkspace(env, os, HOME)).as(os).isEqualTo(chosen);
        }
    }

    @Test
    void blankOverrideIsIgnored() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("NORMATIVE_WORKSPACE", "  "), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/normative/workspace"));
    }

    @Test
    void dataHomeIsTheWorkspaceParent() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of(), "Linux", HOME))
                .hasParentRaw(WorkspaceLocation.dataHome(Map.of(), "Linux", HOME));
    }
}
