package org.vemanager.wbem.indication;

import java.util.Optional;
import java.util.function.Function;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.interop.Paths;
import org.vemanager.wbem.interop.ServerIdentity;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The scoping keys of a new filter or destination (the client's values, else the server's), and the
 * stored filter or destination that a path names.
 */
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

    /**
     * The stored item that {@code path} names: looked up by its Name key, then held to every other key of
     * the path; NOT_FOUND "No {@code what} path" when there is none.
     */
    static <T> T named(CIMObjectPath path, Function<String, Optional<T>> byName, Function<T, ScopedKeys> keysOf, String what)
            throws CimException {
        String name = Paths.keyString(path, "Name");
        return byName.apply(name == null ? "" : name)
                .filter(item -> Paths.sameInstance(keysOf.apply(item).path(), path))
                .orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "No " + what + " " + path));
    }
}
