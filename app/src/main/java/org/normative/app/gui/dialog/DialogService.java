package org.normative.app.gui.dialog;

/** Every dialog goes through here, so view models can be tested with a recording fake. */
public interface DialogService {

    /** A short message for people, with the technical details (if any) one click away. */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);
}
