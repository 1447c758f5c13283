package org.vemanager.wbem.security;

import java.io.ObjectInputFilter;

/** The JVM-wide serialization filter every VE-manager main installs first: nothing is ever deserialized. */
public final class SerialFilter {

    private static final ObjectInputFilter REJECT_ALL = info -> ObjectInputFilter.Status.REJECTED;

    private SerialFilter() {
    }

    /** Installs the reject-all filter unless it is already installed (the JVM allows setting it once). */
    public static synchronized void install() {
        if (ObjectInputFilter.Config.getSerialFilter() != REJECT_ALL) {
            ObjectInputFilter.Config.setSerialFilter(REJECT_ALL);
        }
    }
}
