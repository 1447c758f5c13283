package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMClass;

/** What the server offers its providers at registration. */
public interface ProviderContext {

    IndicationPublisher indications();

    Jobs jobs();

    /**
     * The class definition with inheritance resolved (all properties, qualifiers and methods), or
     * {@code null} when the namespace has no such class.
     */
    CIMClass getClass(String namespace, String className);
}
