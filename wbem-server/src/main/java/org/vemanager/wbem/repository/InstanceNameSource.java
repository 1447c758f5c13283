package org.vemanager.wbem.repository;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;

/** Enumerates instance paths across providers (the dispatcher), for {@code ProviderContext}. */
@FunctionalInterface
public interface InstanceNameSource {
    List<CIMObjectPath> enumerateInstanceNames(String namespace, String className) throws CimException;
}
