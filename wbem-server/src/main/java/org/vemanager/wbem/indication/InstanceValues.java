package org.vemanager.wbem.indication;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Reads the properties of an instance a client sent (CreateInstance / ModifyInstance), by name
 * case-insensitively, from its properties or else its path's keys; a value of the wrong kind is
 * INVALID_PARAMETER naming the property.
 */
final class InstanceValues {

    private InstanceValues() {
    }

    static Object value(CIMInstance instance, String name) {
        for (CIMProperty<?> property : instance.getProperties()) {
            if (property.getName().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        CIMObjectPath path = instance.getObjectPath();
        if (path != null) {
            for (CIMProperty<?> key : path.getKeys()) {
                if (key.getName().equalsIgnoreCase(name)) {
                    return key.getValue();
                }
            }
        }
        return null;
    }

    static String string(CIMInstance instance, String name) throws CimException {
        Object value = value(instance, name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrongKind(name, "a string");
    }

    static String requiredString(CIMInstance instance, String name) throws CimException {
        String value = string(instance, name);
        if (value == null || value.isBlank()) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "NewInstance: property " + name + " is required");
        }
        return value;
    }

    static List<String> strings(CIMInstance instance, String name) throws CimException {
        Object value = value(instance, name);
        if (value == null) {
            return null;
        }
        if (value instanceof String[] array) {
            return Arrays.stream(array).filter(Objects::nonNull).toList();
        }
        throw wrongKind(name, "an array of strings");
    }

    static Integer integer(CIMInstance instance, String name) throws CimException {
        Object value = value(instance, name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw wrongKind(name, "an integer");
    }

    static CIMObjectPath reference(CIMInstance instance, String name) throws CimException {
        Object value = value(instance, name);
        if (value == null) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "NewInstance: reference " + name + " is required");
        }
        if (value instanceof CIMObjectPath path) {
            return path;
        }
        throw wrongKind(name, "a reference");
    }

    private static CimException wrongKind(String name, String kind) {
        return new CimException(CimStatus.INVALID_PARAMETER, "Property " + name + " must be " + kind);
    }
}
