package org.normative.app.gui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.normative.app.DesktopLauncher;
import org.normative.app.gui.dialog.FxDialogService;
import org.normative.app.gui.i18n.Localization;
import org.normative.app.gui.main.MainWindow;
import org.normative.app.gui.preferences.AppPreferences;
import org.normative.app.gui.task.FxTaskExecutor;
import org.normative.app.gui.task.TaskPanelViewModel;
import org.normative.app.gui.theme.Theme;
import org.normative.standards.StandardsException;
import org.normative.standards.workspace.Workspace;
import org.normative.standards.workspace.WorkspaceLocation;

/**
 * Starts JavaFX without an {@code Application} subclass (so the app runs from a plain class path and its context is
 * passed by constructor, not through a static), shows the main window and waits until it is closed.
 */
public final class FxDesktopLauncher implements DesktopLauncher {

    @Override
    public int launch(Path workspaceDirectory, Locale requestedLanguage) {
        AppPreferences preferences = AppPreferences.load(WorkspaceLocation.dataHome().resolve("preferences.properties"));
        Localization localization = new Localization(
                requestedLanguage != null ? requestedLanguage : preferences.language(Locale.getDefault()));
        Workspace workspace;
        try {
            // opened before the toolkit starts: this is the main thread, not the FX thread
            workspace = Workspace.open(workspaceDirectory);
        } catch (StandardsException e) {
            String message = e.userMessage(localization.locale());
            System.err.println("normative: " + message);
            showStartupError(localization, preferences.theme(), message);
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        TaskPanelViewModel tasks = new TaskPanelViewModel();
        FxTaskExecutor executor = new FxTaskExecutor(tasks);
        AtomicReference<Stage> stage = new AtomicReference<>();
        AtomicReference<AppContext> context = new AtomicReference<>();
        boolean started = false;
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                Stage window = new Stage();
                stage.set(window);
                context.set(new AppContext(workspace, preferences, localization, tasks, executor,
                        new FxDialogService(stage::get)));
                window.setOnHidden(e -> closed.countDown());
                new MainWindow(context.get()).show(window);
                if (FirstFrameExit.requested()) {
                    FirstFrameExit.after(window);
                }
            });
            started = true;
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException noDisplay) {
            System.err.println("normative: " + localization.text("error.noDisplay", String.valueOf(noDisplay.getMessage())));
            return 2;
        } finally {
            executor.close();
            if (context.get() != null) {
                context.get().search().close();
            }
            workspace.close();
            if (started) {
                Platform.exit();
            }
        }
        return 0;
    }

    private static void showStartupError(Localization localization, Theme theme, String message) {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                theme.apply();
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setTitle("Normative");
                alert.setHeaderText(localization.text("error.workspace"));
                alert.showAndWait();
                shown.countDown();
            });
            shown.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error noDisplay) {
            // no display: the message on stderr is all we can do (and the toolkit is not there to exit)
            return;
        }
        Platform.exit();
    }
}
