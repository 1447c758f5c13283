package org.vemanager.wbem.indication;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** The scoping keys of a new filter or destination: the client's values, else the server's. */
final class Keys {

    private Keys() {
    }

    static ScopedKeys of(CIMInstance instance, ServerIdentity identity, String className, String name) throws CimException {
        String creationClassName = InstanceValues.string(instance, "CreationClassName");
        if (creationClassName != null && !creationClassName.equalsIgnoreCase(className)) {
            throw new CimException(CimStatus.INVALID_PARAMETER,
                    "CreationClassName '" + creationClassName + "' does not match the class " + className);
        }
        String systemCreationClassName = InstanceValues.string(instance, "SystemCreationClassName");
        String systemName = InstanceValues.string(instance, "SystemName");
        return new ScopedKeys(
                systemCreationClassName == null || systemCreationClassName.isBlank()
                        ? identity.systemCreationClassName() : systemCreationClassName,
                systemName == null || systemName.isBlank() ? identity.hostName() : systemName,
                className,
                name);
    }
}
