package org.normative.app.gui.conformance;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Makes a node take files dropped from the desktop, marked while files hover over it. */
public final class FileDrops {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private FileDrops() {
    }

    public static void accept(Node target, Consumer<List<Path>> dropped) {
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        target.setOnDragExited(event -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                dropped.accept(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            target.pseudoClassStateChanged(DROP_TARGET, false);
            event.setDropCompleted(done);
            event.consume();
        });
    }
}
