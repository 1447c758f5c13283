package org.vemanager.wbem.interop;

/** The interop namespace (DSP1033): where clients discover the server, its namespaces and profiles. */
public final class InteropNamespace {

    /** The canonical name, written into every path the interop providers produce. */
    public static final String NAME = "root/interop";

    /** The other name clients probe (pywbem tries {@code interop}, then {@code root/interop}). */
    public static final String ALIAS = "interop";

    private InteropNamespace() {
    }
}
