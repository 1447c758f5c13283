package org.vemanager.wbem.interop;

import java.util.Objects;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;

/** Building and comparing the instance paths and reference properties the interop classes use. */
public final class Paths {

    private Paths() {
    }

    /** A path in {@code namespace} with string keys given as name, value, name, value, … */
    public static CIMObjectPath of(String namespace, String className, String... keyNamesAndValues) {
        if (keyNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys must come as name/value pairs");
        }
        CIMProperty<?>[] keys = new CIMProperty<?>[keyNamesAndValues.length / 2];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(keyNamesAndValues[2 * i], keyNamesAndValues[2 * i + 1]);
        }
        return new CIMObjectPath(null, null, null, namespace, className, keys);
    }

    /** An association's path: its keys are the two references. */
    public static CIMObjectPath association(String namespace, String className, CIMProperty<?> first, CIMProperty<?> second) {
        return new CIMObjectPath(null, null, null, namespace, className, new CIMProperty<?>[] {first, second});
    }

    /** A string key property. */
    public static CIMProperty<String> key(String name, String value) {
        return new CIMProperty<>(name, CIMDataType.STRING_T, value, true, false, null);
    }

    /** A reference key property pointing at {@code target}, typed with the class the MOF declares. */
    public static CIMProperty<CIMObjectPath> reference(String name, String declaredClass, CIMObjectPath target) {
        return new CIMProperty<>(name, new CIMDataType(declaredClass), target, true, false, null);
    }

    /** An instance whose properties are its path's keys followed by {@code others}. */
    public static CIMInstance instance(CIMObjectPath path, CIMProperty<?>... others) {
        CIMProperty<?>[] keys = path.getKeys();
        CIMProperty<?>[] all = new CIMProperty<?>[keys.length + others.length];
        System.arraycopy(keys, 0, all, 0, keys.length);
        System.arraycopy(others, 0, all, keys.length, others.length);
        return new CIMInstance(path, all);
    }

    /** {@code path} with {@code namespace} when it carries none. */
    public static CIMObjectPath withNamespace(CIMObjectPath path, String namespace) {
        if (path.getNamespace() != null && !path.getNamespace().isEmpty()) {
            return path;
        }
        return new CIMObjectPath(path.getScheme(), path.getHost(), path.getPort(), namespace, path.getObjectName(), path.getKeys());
    }

    /** The string value of key {@code name} (case-insensitive), or {@code null}. */
    public static String keyString(CIMObjectPath path, String name) {
        Object value = keyValue(path, name);
        return value == null ? null : value.toString();
    }

    /** The value of key {@code name} (case-insensitive), or {@code null}. */
    public static Object keyValue(CIMObjectPath path, String name) {
        for (CIMProperty<?> key : path.getKeys()) {
            if (key.getName().equalsIgnoreCase(name)) {
                return key.getValue();
            }
        }
        return null;
    }

    /**
     * Whether two paths name the same instance: class names case-insensitively, namespaces when both
     * carry one (ignoring leading/trailing '/'), the same set of keys by name case-insensitively with
     * equal values (references compared the same way, recursively). Host is ignored.
     */
    public static boolean sameInstance(CIMObjectPath a, CIMObjectPath b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!a.getObjectName().equalsIgnoreCase(b.getObjectName()) || !sameNamespace(a.getNamespace(), b.getNamespace())) {
            return false;
        }
        if (a.getKeys().length != b.getKeys().length) {
            return false;
        }
        for (CIMProperty<?> key : a.getKeys()) {
            Object other = keyValue(b, key.getName());
            Object value = key.getValue();
            boolean same = value instanceof CIMObjectPath ref && other instanceof CIMObjectPath otherRef
                    ? sameInstance(ref, otherRef)
                    : Objects.equals(value, other);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNamespace(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return true;
        }
        return normalize(a).equalsIgnoreCase(normalize(b));
    }

    /** A namespace without leading or trailing '/'. */
    public static String normalize(String namespace) {
        String result = namespace;
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
