package org.vemanager.console.ui.resources;

import java.util.Locale;

/** Pool quantities as people read them: bytes in GiB, MiB with thousands separators, counts as they are. */
final class Sizes {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private Sizes() {
    }

    static String of(long quantity, String units) {
        if (quantity < 0) {
            return "—";
        }
        if ("byte".equals(units)) {
            return String.format(Locale.ROOT, "%.1f GiB", quantity / GIB);
        }
        if (units != null && units.startsWith("byte*2^20")) {
            return String.format(Locale.ROOT, "%,d MiB", quantity);
        }
        return String.format(Locale.ROOT, "%,d", quantity);
    }
}
