package org.vemanager.console.client;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DSP0004 programmatic units as RASDs use them for memory: "byte*2^20", "KiloBytes", "MegaBytes" … */
public final class AllocationUnits {

    private static final Pattern POWER = Pattern.compile("byte\\s*\\*\\s*2\\s*\\^\\s*(\\d+)");

    private AllocationUnits() {
    }

    /** {@code quantity} in {@code units}, converted to MiB (rounded down); MiB assumed when units are unknown. */
    public static long toMiB(long quantity, String units) {
        if (units == null) {
            return quantity;
        }
        String u = units.toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher power = POWER.matcher(u);
        int exponent;
        if (power.matches()) {
            exponent = Integer.parseInt(power.group(1));
        } else if (u.startsWith("kilobyte") || u.equals("kib") || u.equals("kb")) {
            exponent = 10;
        } else if (u.startsWith("gigabyte") || u.equals("gib") || u.equals("gb")) {
            exponent = 30;
        } else if (u.equals("byte") || u.equals("bytes")) {
            exponent = 0;
        } else {
            exponent = 20;
        }
        int shift = exponent - 20;
        return shift >= 0 ? quantity << shift : quantity >> -shift;
    }
}
