package org.vemanager.wbem.spi;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/** What the server offers its providers at registration. */
public interface ProviderContext {

    IndicationPublisher indications();

    Jobs jobs();

    /**
     * The class definition with inheritance resolved (all properties, qualifiers and methods), or
     * {@code null} when the namespace has no such class.
     */
    CIMClass getClass(String namespace, String className);

    /**
     * The paths of every instance of {@code className} and its subclasses in {@code namespace}, read
     * through the dispatcher (so across providers). For providers that must name another provider's
     * instances, e.g. the interop namespace's central instances.
     */
    List<CIMObjectPath> enumerateInstanceNames(String namespace, String className) throws CimException;
}
