package org.vemanager.provider.support;

import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** Comparing and reading instance paths the way CIM does: class names and key names case-insensitive. */
public final class Paths {

    private Paths() {
    }

    public static boolean isClass(CIMObjectPath path, String className) {
        return path != null && className.equalsIgnoreCase(path.getObjectName());
    }

    /** Same class and same key values; namespace and host are not compared. */
    public static boolean same(CIMObjectPath a, CIMObjectPath b) {
        if (a == null || b == null || !a.getObjectName().equalsIgnoreCase(b.getObjectName())) {
            return false;
        }
        CIMProperty<?>[] ka = a.getKeys();
        if (ka.length != b.getKeys().length) {
            return false;
        }
        for (CIMProperty<?> key : ka) {
            Object other = keyValue(b, key.getName());
            if (other == null || !equalValues(key.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalValues(Object a, Object b) {
        if (a instanceof CIMObjectPath pa && b instanceof CIMObjectPath pb) {
            return same(pa, pb);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        return String.valueOf(a).equals(String.valueOf(b));
    }

    /** The key's value, matching the key name case-insensitively; null when absent. */
    public static Object keyValue(CIMObjectPath path, String keyName) {
        for (CIMProperty<?> key : path.getKeys()) {
            if (key.getName().equalsIgnoreCase(keyName)) {
                return key.getValue();
            }
        }
        return null;
    }

    /** A string key that must be present; NOT_FOUND otherwise (the dispatcher checked its presence). */
    public static String stringKey(CIMObjectPath path, String keyName) throws CimException {
        Object v = keyValue(path, keyName);
        if (!(v instanceof String s)) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path + ": key " + keyName + " missing");
        }
        return s;
    }

    public static CIMObjectPath refKey(CIMObjectPath path, String keyName) throws CimException {
        Object v = keyValue(path, keyName);
        if (!(v instanceof CIMObjectPath p)) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path + ": reference " + keyName + " missing");
        }
        return p;
    }

    public static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
