package org.vemanager.provider.mapping;

import java.math.BigInteger;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * Lenient reading of properties from instances clients send: any integer type for a number, a scalar
 * where an array is declared and the reverse. A value of the wrong kind is INVALID_PARAMETER naming
 * the parameter and property.
 */
public final class Props {

    private Props() {
    }

    public static boolean has(CIMInstance instance, String name) {
        CIMProperty<?> p = instance.getProperty(name);
        return p != null && p.getValue() != null;
    }

    public static String string(CIMInstance instance, String name, String label) throws CimException {
        Object v = value(instance, name);
        if (v == null) {
            return null;
        }
        if (v instanceof Object[] array) {
            if (array.length == 0) {
                return null;
            }
            v = array[0];
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw invalid(label, name, "must be a string");
    }

    public static String[] strings(CIMInstance instance, String name, String label) throws CimException {
        Object v = value(instance, name);
        if (v == null) {
            return new String[0];
        }
        if (v instanceof String s) {
            return new String[] {s};
        }
        if (v instanceof String[] array) {
            return array;
        }
        throw invalid(label, name, "must be an array of strings");
    }

    /** A non-negative integer, or null when absent. */
    public static Long number(CIMInstance instance, String name, String label) throws CimException {
        Object v = value(instance, name);
        if (v == null) {
            return null;
        }
        try {
            if (v instanceof UnsignedInteger64 u) {
                return u.longValue();
            }
            if (v instanceof UnsignedInteger32 || v instanceof UnsignedInteger16 || v instanceof UnsignedInteger8
                    || v instanceof Number) {
                return ((Number) v).longValue();
            }
            if (v instanceof String s) {
                return new BigInteger(s.trim()).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(label, name, "'" + v + "' is not an integer");
        }
        throw invalid(label, name, "must be an integer");
    }

    public static CimException invalid(String label, String property, String why) {
        return new CimException(CimStatus.INVALID_PARAMETER, label + ": " + property + " " + why);
    }

    private static Object value(CIMInstance instance, String name) {
        CIMProperty<?> p = instance.getProperty(name);
        return p == null ? null : p.getValue();
    }
}
