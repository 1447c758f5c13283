package org.vemanager.console.ui.resources;

import java.util.Locale;

/** Pool quantities as people read them: bytes in GiB, MiB with thousands separators, counts as they are. */
final class Sizes {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private Sizes() {
    }

    /** A size in bytes: GiB from 1 GiB up, MiB below it. */
    static String bytes(long bytes) {
        if (bytes < 0) {
            return "—";
        }
        return bytes >= GIB ? String.format(Locale.ROOT, "%.1f GiB", bytes / GIB)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
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
