package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * Reads instances of the classes it serves.
 *
 * <p>Already checked by the dispatcher: the namespace exists, {@code className} is one of
 * {@link #classNames()}, a path names a class of this provider and carries all of its class's keys.
 * The dispatcher also filters properties, adds qualifiers and class origin, and enumerates
 * subclasses through their own providers. The provider must return instances whose paths carry
 * namespace, class name and all keys, and must report an unknown instance as NOT_FOUND.
 */
public interface InstanceProvider extends Provider {

    /** Streams every instance of exactly {@code className} into {@code sink}. */
    void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException;

    /** The instance at {@code path}, or CimException(NOT_FOUND). */
    CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException;
}
