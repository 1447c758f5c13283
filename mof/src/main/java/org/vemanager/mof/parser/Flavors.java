package org.vemanager.mof.parser;

import org.metricshub.wbem.javax.cim.CIMFlavor;

/**
 * Flavor keywords as written: which {@link CIMFlavor} bits they set (DisableOverride, Restricted,
 * Translatable) and which they clear (EnableOverride, ToSubclass), so that a qualifier's explicit
 * flavors can be laid over the defaults of its declaration.
 */
public record Flavors(int set, int cleared) {

    public static final Flavors NONE = new Flavors(0, 0);

    /** {@code base} with these flavors applied. */
    public int applyTo(int base) {
        return (base & ~cleared) | set;
    }

    public boolean isEmpty() {
        return set == 0 && cleared == 0;
    }
}
