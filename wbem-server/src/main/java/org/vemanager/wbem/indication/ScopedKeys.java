package org.vemanager.wbem.indication;

import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.interop.InteropNamespace;
import org.vemanager.wbem.interop.Paths;

/**
 * The four keys filters and listener destinations share (they are scoped by the hosting system).
 * {@code creationClassName} is also the class the instance was created as.
 */
public record ScopedKeys(String systemCreationClassName, String systemName, String creationClassName, String name) {

    /** The instance path in the interop namespace. */
    public CIMObjectPath path() {
        return Paths.of(InteropNamespace.NAME, creationClassName,
                "SystemCreationClassName", systemCreationClassName,
                "SystemName", systemName,
                "CreationClassName", creationClassName,
                "Name", name);
    }
}
