package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * Creates, modifies and deletes instances. Already checked: the namespace and class exist, the class
 * is served by this provider, every property named belongs to the class with a matching type, and the
 * caller's role may write. The provider checks semantics (duplicates → ALREADY_EXISTS, unknown →
 * NOT_FOUND, read-only property → NOT_SUPPORTED or INVALID_PARAMETER) and must leave nothing
 * half-done on failure.
 */
public interface InstanceWriteProvider extends Provider {

    CIMObjectPath createInstance(RequestContext context, CIMInstance instance) throws CimException;

    /**
     * @param propertyList the properties to change, or {@code null} for all properties in
     *     {@code modified}
     */
    void modifyInstance(RequestContext context, CIMInstance modified, String[] propertyList) throws CimException;

    void deleteInstance(RequestContext context, CIMObjectPath path) throws CimException;
}
