package org.normative.app.gui;

import java.util.ArrayList;
import java.util.List;

import org.normative.app.gui.dialog.DialogService;

/** A dialog service for tests: remembers what would have been shown. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }
}
