package org.normative.app.gui.main;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.normative.app.gui.AppContext;
import org.normative.app.gui.theme.Theme;

/** The main window: one scene whose root is rebuilt from the view model when the language changes. */
public final class MainWindow {

    private final MainViewModel viewModel;

    public MainWindow(AppContext context) {
        this.viewModel = new MainViewModel(context);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Shows the window on {@code stage}. Call on the FX thread. */
    public void show(Stage stage) {
        viewModel.themeProperty().get().apply();
        Scene scene = new Scene(new MainView(viewModel).load(), 1280, 800);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.localization().text("app.title", viewModel.workspaceDescription()),
                viewModel.localization().localeProperty()));
        viewModel.localization().localeProperty().addListener((o, a, b) -> scene.setRoot(new MainView(viewModel).load()));
        viewModel.themeProperty().addListener((o, a, b) -> b.apply());
        stage.show();
        viewModel.start();
    }
}
