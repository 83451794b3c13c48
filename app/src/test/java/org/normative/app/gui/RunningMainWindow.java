package org.normative.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.main.MainWindow;
import org.normative.app.gui.navigator.NavigatorNode;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.task.FxTaskExecutor;
import org.normative.app.gui.task.TaskPanelViewModel;
import org.normative.standards.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless (Monocle), on a real workspace holding the demo library, for the UI tests:
 * shown once the navigator holds the library, closed with its executor and workspace.
 */
public final class RunningMainWindow implements AutoCloseable {

    public final FxRobot robot = new FxRobot();
    public final Workspace workspace;
    public final AppPreferences preferences;
    public final FxTaskExecutor executor;
    public final AppContext context;

    private RunningMainWindow(Path temp, boolean conformanceDemo) throws Exception {
        workspace = conformanceDemo ? TestWorkspaces.withConformanceDemo(temp.resolve("workspace"))
                : TestWorkspaces.withDemo(temp.resolve("workspace"));
        preferences = AppPreferences.load(temp.resolve("preferences.properties"));
        TaskPanelViewModel tasks = new TaskPanelViewModel();
        executor = new FxTaskExecutor(tasks);
        context = new AppContext(workspace, preferences, new Localization(Locale.ENGLISH), tasks, executor,
                new RecordingDialogService());
    }

    public static RunningMainWindow show(Path temp) throws Exception {
        return show(temp, false);
    }

    /** The window on a workspace that also holds the bundled suites and the demo submissions. */
    public static RunningMainWindow showWithConformanceDemo(Path temp) throws Exception {
        return show(temp, true);
    }

    private static RunningMainWindow show(Path temp, boolean conformanceDemo) throws Exception {
        FxToolkit.registerPrimaryStage();
        RunningMainWindow window = new RunningMainWindow(temp, conformanceDemo);
        FxToolkit.setupStage(s -> new MainWindow(window.context).show(s));
        waitUntil(() -> window.navigatorLabels().stream().anyMatch(l -> l.startsWith("DG/T 0101")));
        return window;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
        workspace.close();
    }

    /** The labels of the navigator tree, depth first. */
    @SuppressWarnings("unchecked")
    public List<String> navigatorLabels() {
        return robot.lookup("#navigator-tree").tryQueryAs(TreeView.class)
                .map(tree -> flatten(((TreeView<NavigatorNode>) tree).getRoot(), NavigatorNode::label))
                .orElse(List.of());
    }

    /** A node with this text that is on screen (a menu's popup comes up asynchronously). */
    public Optional<Node> shown(String text) {
        return robot.lookup(text).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible()).findFirst();
    }

    public static <T> List<String> flatten(TreeItem<T> root, Function<T, String> label) {
        List<String> labels = new ArrayList<>();
        if (root != null) {
            root.getChildren().forEach(child -> collect(child, label, labels));
        }
        return labels;
    }

    private static <T> void collect(TreeItem<T> item, Function<T, String> label, List<String> out) {
        if (item.getValue() != null) {
            out.add(label.apply(item.getValue()));
        }
        item.getChildren().forEach(child -> collect(child, label, out));
    }

    public static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, 15);
    }

    /** For long jobs (a suite run on a machine shared with other builds). */
    public static void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
