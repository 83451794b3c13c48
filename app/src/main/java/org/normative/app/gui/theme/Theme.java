package org.normative.app.gui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark appearance (AtlantaFX Primer themes) plus the app's own stylesheet on top. */
public enum Theme {
    LIGHT,
    DARK;

    public static final String APP_STYLESHEET = Theme.class.getResource("/org/normative/app/gui/theme/app.css").toExternalForm();

    public static Theme parse(String name) {
        return "DARK".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Applies the theme to every window of the app. Call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
