package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMInstance;

/**
 * Receives instances one at a time, so an enumeration streams to the client instead of being
 * collected in memory. Throws when the consumer gives up (client gone, limits reached); a provider
 * lets that exception propagate.
 */
@FunctionalInterface
public interface InstanceSink {
    void accept(CIMInstance instance) throws CimException;
}
