package org.vemanager.console.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** The console's look: FlatLaf light or dark, with our values from this package's theme properties. */
public final class Theme {

    private static boolean registered;

    private Theme() {
    }

    /** Applies the theme; call on the event thread once windows exist (it updates them too). */
    public static synchronized void apply(boolean dark) {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("org.vemanager.console.ui");
            registered = true;
        }
        FlatLaf.setup(dark ? new FlatDarkLaf() : new FlatLightLaf());
        FlatLaf.updateUI();
    }
}
