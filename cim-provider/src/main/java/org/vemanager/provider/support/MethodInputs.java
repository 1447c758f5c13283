package org.vemanager.provider.support;

import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.Props;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * A method's input parameters, read with clear errors naming the parameter. Embedded instances arrive
 * decoded by the server ({@code CIMInstance}); anything else in their place is INVALID_PARAMETER.
 */
public final class MethodInputs {

    private final CIMArgument<?>[] in;

    public MethodInputs(CIMArgument<?>[] in) {
        this.in = in == null ? new CIMArgument<?>[0] : in;
    }

    public Object value(String name) {
        for (CIMArgument<?> a : in) {
            if (a != null && a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }

    public String string(String name) throws CimException {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        throw invalid(name, "must be a string");
    }

    /** An integer parameter, or null when absent. */
    public Long number(String name) throws CimException {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw invalid(name, "must be an integer");
    }

    public CIMObjectPath reference(String name, boolean required) throws CimException {
        Object v = value(name);
        if (v == null) {
            if (required) {
                throw invalid(name, "is required");
            }
            return null;
        }
        if (v instanceof CIMObjectPath p) {
            return p;
        }
        throw invalid(name, "must be a reference");
    }

    /** A reference array; empty when absent. */
    public CIMObjectPath[] references(String name) throws CimException {
        return references(name, false);
    }

    /**
     * A reference array, or a single reference taken as an array of one. When required, absence is "is required" and
     * an empty array is refused too; when not, absence is an empty array.
     */
    public CIMObjectPath[] references(String name, boolean required) throws CimException {
        Object v = value(name);
        if (v == null) {
            if (required) {
                throw invalid(name, "is required");
            }
            return new CIMObjectPath[0];
        }
        if (v instanceof CIMObjectPath p) {
            return new CIMObjectPath[] {p};
        }
        if (v instanceof Object[] array && (array.length > 0 || !required)) {
            CIMObjectPath[] out = new CIMObjectPath[array.length];
            for (int i = 0; i < array.length; i++) {
                if (!(array[i] instanceof CIMObjectPath p)) {
                    throw invalid(name + "[" + i + "]", "must be a reference");
                }
                out[i] = p;
            }
            return out;
        }
        throw invalid(name, required ? "must be a non-empty array of references" : "must be an array of references");
    }

    /** An embedded instance, or the only element of an array of them; null when absent and not required. */
    public CIMInstance instance(String name, boolean required) throws CimException {
        Object v = value(name);
        if (v instanceof Object[] array) {
            if (array.length > 1) {
                throw invalid(name, "must hold exactly one embedded instance, not " + array.length);
            }
            v = array.length == 0 ? null : array[0];
        }
        if (v == null) {
            if (required) {
                throw invalid(name, "is required");
            }
            return null;
        }
        if (v instanceof CIMInstance i) {
            return i;
        }
        throw invalid(name, "must be an embedded instance, not " + v.getClass().getSimpleName());
    }

    /**
     * An array of embedded instances, or a single one taken as an array of one. When required, absence is "is
     * required" and an empty array is refused too; when not, absence is an empty array.
     */
    public CIMInstance[] instances(String name, boolean required) throws CimException {
        Object v = value(name);
        if (v == null) {
            if (required) {
                throw invalid(name, "is required");
            }
            return new CIMInstance[0];
        }
        if (v instanceof CIMInstance i) {
            return new CIMInstance[] {i};
        }
        if (v instanceof Object[] array) {
            CIMInstance[] out = new CIMInstance[array.length];
            for (int i = 0; i < array.length; i++) {
                if (!(array[i] instanceof CIMInstance instance)) {
                    throw invalid(name + "[" + i + "]", "must be an embedded instance");
                }
                out[i] = instance;
            }
            if (required && out.length == 0) {
                throw invalid(name, "must not be empty");
            }
            return out;
        }
        throw invalid(name, "must be an array of embedded instances");
    }

    /** A string property of an embedded instance, via {@link Props}. */
    public static String property(CIMInstance instance, String parameter, String property) throws CimException {
        return Props.string(instance, property, parameter);
    }

    public static CimException invalid(String parameter, String why) {
        return new CimException(CimStatus.INVALID_PARAMETER, parameter + " " + why);
    }
}
