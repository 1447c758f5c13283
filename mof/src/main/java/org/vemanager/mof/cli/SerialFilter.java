package org.vemanager.mof.cli;

import java.io.ObjectInputFilter;
import java.util.ArrayList;

/**
 * The JVM-wide deserialization filter every VE-manager main installs first (DESIGN.md, security
 * stance): reject every class. Java allows the JVM-wide filter to be set once, so a second
 * {@link #install()} in the same JVM is a no-op, and a filter already set from the command line
 * ({@code -Djdk.serialFilter='!*'}, as {@code ./vem} passes) is accepted only if it rejects too.
 */
public final class SerialFilter {

    /** The one reject-all filter instance, so that "already installed" is an identity check. */
    public static final ObjectInputFilter REJECT_ALL = info -> ObjectInputFilter.Status.REJECTED;

    private SerialFilter() {
    }

    /** Installs {@link #REJECT_ALL} unless a filter that rejects every class is already in place. */
    public static synchronized void install() {
        ObjectInputFilter existing = ObjectInputFilter.Config.getSerialFilter();
        if (existing == REJECT_ALL) {
            return;
        }
        if (existing == null) {
            ObjectInputFilter.Config.setSerialFilter(REJECT_ALL);
            return;
        }
        if (existing.checkInput(new ClassProbe(ArrayList.class)) != ObjectInputFilter.Status.REJECTED) {
            throw new IllegalStateException("a JVM-wide serialization filter that accepts classes is already set; "
                + "VE-manager needs one that rejects every class (-Djdk.serialFilter='!*')");
        }
    }

    /** Asks a filter about one class, as a stream would when it meets that class. */
    private record ClassProbe(Class<?> serialClass) implements ObjectInputFilter.FilterInfo {

        @Override
        public long arrayLength() {
            return -1;
        }

        @Override
        public long depth() {
            return 1;
        }

        @Override
        public long references() {
            return 1;
        }

        @Override
        public long streamBytes() {
            return 0;
        }
    }
}
