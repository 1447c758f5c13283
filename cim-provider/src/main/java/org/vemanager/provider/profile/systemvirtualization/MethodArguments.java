package org.vemanager.provider.profile.systemvirtualization;

import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Reads a method's input parameters with clear errors. Embedded instances arrive decoded by the server
 * ({@code CIMInstance}); anything else in their place is INVALID_PARAMETER naming the parameter.
 */
final class MethodArguments {

    private final CIMArgument<?>[] in;

    MethodArguments(CIMArgument<?>[] in) {
        this.in = in == null ? new CIMArgument<?>[0] : in;
    }

    Object value(String name) {
        for (CIMArgument<?> a : in) {
            if (a != null && a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }

    CIMInstance instance(String name, boolean required) throws CimException {
        Object v = value(name);
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

    CIMInstance[] instances(String name, boolean required) throws CimException {
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

    CIMObjectPath reference(String name, boolean required) throws CimException {
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

    CIMObjectPath[] references(String name) throws CimException {
        Object v = value(name);
        if (v == null) {
            throw invalid(name, "is required");
        }
        if (v instanceof CIMObjectPath p) {
            return new CIMObjectPath[] {p};
        }
        if (v instanceof Object[] array && array.length > 0) {
            CIMObjectPath[] out = new CIMObjectPath[array.length];
            for (int i = 0; i < array.length; i++) {
                if (!(array[i] instanceof CIMObjectPath path)) {
                    throw invalid(name + "[" + i + "]", "must be a reference");
                }
                out[i] = path;
            }
            return out;
        }
        throw invalid(name, "must be a non-empty array of references");
    }

    static CimException invalid(String parameter, String why) {
        return new CimException(CimStatus.INVALID_PARAMETER, parameter + " " + why);
    }
}
