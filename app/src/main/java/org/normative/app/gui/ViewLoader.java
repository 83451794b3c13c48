package org.normative.app.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the FXML beside a view class ({@code XxxView} + {@code XxxView.fxml}) with the view as its controller. */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object view, ResourceBundle bundle) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL location = view.getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException(name + " is missing beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location, bundle);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
