package org.vemanager.wbem.operation;

import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Typed access to an intrinsic operation's IPARAMVALUEs, with DSP0200's defaults and a clear
 * INVALID_PARAMETER naming the parameter when a value has the wrong type or is missing.
 */
final class Params {

    private final String operation;
    private final Map<String, Object> values;

    Params(String operation, Map<String, Object> values) {
        this.operation = operation;
        this.values = values == null ? Map.of() : values;
    }

    /** Rejects parameters the operation does not define (DSP0200: INVALID_PARAMETER). */
    void checkNames(Set<String> allowed) throws CimException {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new CimException(CimStatus.INVALID_PARAMETER, operation + " has no parameter named " + name);
            }
        }
    }

    boolean present(String name) {
        return values.containsKey(name);
    }

    Object raw(String name) {
        return values.get(name);
    }

    boolean bool(String name, boolean defaultValue) throws CimException {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && ("true".equalsIgnoreCase(s.trim()) || "false".equalsIgnoreCase(s.trim()))) {
            return Boolean.parseBoolean(s.trim());
        }
        if (v instanceof UntypedValue u && !u.isArray() && u.text() != null
                && ("true".equalsIgnoreCase(u.text().trim()) || "false".equalsIgnoreCase(u.text().trim()))) {
            return Boolean.parseBoolean(u.text().trim());
        }
        throw invalid(name, "must be a boolean");
    }

    String string(String name) throws CimException {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof UntypedValue u && !u.isArray()) {
            return u.text();
        }
        throw invalid(name, "must be a string");
    }

    /** A class name, role or other name: like {@link #string} but an empty name counts as absent. */
    String name(String name) throws CimException {
        String s = string(name);
        return s == null || s.isBlank() ? null : s.trim();
    }

    String requiredName(String name) throws CimException {
        String s = name(name);
        if (s == null) {
            throw invalid(name, "is required");
        }
        return s;
    }

    /** PropertyList: null when absent or NULL (all properties); an empty array means no properties. */
    String[] propertyList() throws CimException {
        Object v = values.get("PropertyList");
        if (v == null) {
            return null;
        }
        if (v instanceof String[] list) {
            return list.clone();
        }
        if (v instanceof UntypedValue u && u.isArray()) {
            return u.array().toArray(String[]::new);
        }
        throw invalid("PropertyList", "must be an array of property names");
    }

    CIMObjectPath path(String name) throws CimException {
        Object v = values.get(name);
        if (v == null) {
            throw invalid(name, "is required");
        }
        if (v instanceof CIMObjectPath p) {
            return p;
        }
        throw invalid(name, "must be an object path");
    }

    CIMInstance instance(String name) throws CimException {
        Object v = values.get(name);
        if (v == null) {
            throw invalid(name, "is required");
        }
        if (v instanceof CIMInstance i) {
            return i;
        }
        throw invalid(name, "must be an instance");
    }

    /** A uint32 parameter; {@code null} when absent or NULL. */
    Long uint32(String name) throws CimException {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof UnsignedInteger32 u) {
            return u.longValue();
        }
        String text = v instanceof UntypedValue u && !u.isArray() ? u.text()
            : v instanceof Number || v instanceof String ? v.toString() : null;
        if (text != null) {
            try {
                long value = Long.parseLong(text.trim());
                if (value >= 0 && value <= 0xFFFF_FFFFL) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw invalid(name, "must be a uint32");
    }

    CimException invalid(String name, String why) {
        return new CimException(CimStatus.INVALID_PARAMETER, operation + ": parameter " + name + " " + why);
    }
}
