package org.normative.app.gui;

import java.nio.file.Path;
import java.util.Locale;

import org.normative.app.gui.dialog.DialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.task.SynchronousTaskExecutor;
import org.normative.app.gui.task.TaskPanelViewModel;
import org.normative.conformance.check.Limits;
import org.normative.conformance.demo.DemoConformance;
import org.normative.conformance.workspace.ConformanceWorkspace;
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

    /** The demo library with the bundled suites and the demo vendors' submissions, as the app installs them. */
    public static Workspace withConformanceDemo(Path directory) throws StandardsException {
        Workspace workspace = withDemo(directory);
        new DemoConformance().install(new ConformanceWorkspace(workspace, Limits.DEFAULT), directory);
        return workspace;
    }

    /** What view-model tests run on: English, preferences in {@code folder}, a synchronous executor. */
    public static AppContext synchronousContext(Workspace workspace, Path folder, DialogService dialogs) {
        return new AppContext(workspace, AppPreferences.load(folder.resolve("prefs.properties")),
                new Localization(Locale.ENGLISH), new TaskPanelViewModel(), new SynchronousTaskExecutor(), dialogs);
    }
}
