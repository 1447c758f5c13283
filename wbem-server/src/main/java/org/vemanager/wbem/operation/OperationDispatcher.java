package org.vemanager.wbem.operation;

import org.vemanager.wbem.spi.CimException;

/**
 * Carries out one CIM operation: every generic check (namespace, class, keys, properties, role),
 * inheritance, filtering, the association walk, pull contexts, then the providers. Thread-safe: the
 * server calls it from many request threads at once.
 */
public interface OperationDispatcher {

    /**
     * Answers {@code request} through {@code out}. Unknown intrinsic operation → NOT_SUPPORTED;
     * a role that does not allow the operation → ACCESS_DENIED.
     */
    void dispatch(CimRequest request, ResultWriter out) throws CimException;
}
