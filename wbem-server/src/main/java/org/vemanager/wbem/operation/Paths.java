package org.vemanager.wbem.operation;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.mof.parser.DataTypes;
import org.vemanager.wbem.repository.CimValues;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.repository.PathIdentity;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** Instance paths: key validation against the class, comparison, and full paths for the wire. */
final class Paths {

    private Paths() {
    }

    /**
     * {@code path} checked against {@code cls}'s keys and rebuilt with the class's spelling, the
     * request namespace and key values of the declared types (so "1" and 1 name the same instance).
     * A missing, unknown or unconvertible key is INVALID_PARAMETER naming {@code parameter}.
     */
    static CIMObjectPath instancePath(ClassInfo cls, CIMObjectPath path, String namespace, String parameter) throws CimException {
        List<CIMClassProperty<?>> classKeys = cls.keys();
        CIMProperty<?>[] given = path.getKeys();
        if (given == null) {
            given = new CIMProperty<?>[0];
        }
        if (classKeys.isEmpty() && given.length == 0) {
            return new CIMObjectPath(null, null, null, namespace, cls.name(), new CIMProperty<?>[0]);
        }
        if (alreadyCanonical(cls, path, given, namespace)) {
            return path;
        }
        for (CIMProperty<?> key : given) {
            CIMClassProperty<?> declared = cls.property(key.getName());
            if (declared == null || !declared.isKey()) {
                throw new CimException(CimStatus.INVALID_PARAMETER, parameter + ": " + key.getName() + " is not a key of class "
                    + cls.name());
            }
        }
        CIMProperty<?>[] typed = new CIMProperty<?>[classKeys.size()];
        for (int i = 0; i < typed.length; i++) {
            CIMClassProperty<?> declared = classKeys.get(i);
            CIMProperty<?> key = find(given, declared.getName());
            if (key == null || key.getValue() == null) {
                throw new CimException(CimStatus.INVALID_PARAMETER, parameter + ": key " + declared.getName() + " of class "
                    + cls.name() + " is missing");
            }
            typed[i] = new CIMProperty<>(declared.getName(), declared.getDataType(), keyValue(declared, key.getValue(), parameter),
                true, false, null);
        }
        return new CIMObjectPath(null, null, null, namespace, cls.name(), typed);
    }

    /**
     * The common case, checked without allocating: the path already names the class as the
     * repository spells it, in the request namespace, with exactly the class's keys, each spelled as
     * declared and already of the declared Java type.
     */
    private static boolean alreadyCanonical(ClassInfo cls, CIMObjectPath path, CIMProperty<?>[] given, String namespace) {
        List<CIMClassProperty<?>> classKeys = cls.keys();
        if (given.length != classKeys.size() || !cls.name().equals(path.getObjectName()) || !namespace.equals(path.getNamespace())) {
            return false;
        }
        for (int i = 0; i < given.length; i++) {
            CIMProperty<?> key = given[i];
            CIMClassProperty<?> declared = classKeys.get(i);
            Object value = key.getValue();
            if (value == null || !declared.getName().equals(key.getName())
                    || !DataTypes.javaClass(declared.getDataType()).isInstance(value)
                    || !declared.getDataType().equals(key.getDataType())) {
                return false;
            }
        }
        return true;
    }

    private static Object keyValue(CIMClassProperty<?> declared, Object value, String parameter) throws CimException {
        CIMDataType type = declared.getDataType();
        if (type.getType() == CIMDataType.REFERENCE) {
            if (value instanceof CIMObjectPath) {
                return value;
            }
            throw new CimException(CimStatus.INVALID_PARAMETER, parameter + ": key " + declared.getName() + " must be a reference");
        }
        try {
            return CimValues.coerce(type, value);
        } catch (IllegalArgumentException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, parameter + ": key " + declared.getName() + ": " + e.getMessage());
        }
    }

    private static CIMProperty<?> find(CIMProperty<?>[] keys, String name) {
        for (CIMProperty<?> key : keys) {
            if (key.getName().equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    /** True when the path has no keys (a class path). */
    static boolean isClassPath(CIMObjectPath path) {
        CIMProperty<?>[] keys = path.getKeys();
        return keys == null || keys.length == 0;
    }

    /** {@code path} with {@code namespace} and {@code host} filled in where it has none. */
    static CIMObjectPath full(CIMObjectPath path, String namespace, String host) {
        String ns = path.getNamespace();
        String h = path.getHost();
        boolean hasNs = ns != null && !ns.isEmpty();
        boolean hasHost = h != null && !h.isEmpty();
        if (hasNs && hasHost) {
            return path;
        }
        return new CIMObjectPath(path.getScheme(), hasHost ? h : host, path.getPort(), hasNs ? ns : namespace,
            path.getObjectName(), path.getKeys());
    }

    /** {@code path} with {@code namespace} where it has none (providers should set it; we do not rely on it). */
    static CIMObjectPath withNamespace(CIMObjectPath path, String namespace) {
        String ns = path.getNamespace();
        if (ns != null && !ns.isEmpty()) {
            return path;
        }
        return new CIMObjectPath(path.getScheme(), path.getHost(), path.getPort(), namespace, path.getObjectName(), path.getKeys());
    }

    /** See {@link PathIdentity#of}. */
    static String identity(CIMObjectPath path) {
        return PathIdentity.of(path);
    }

    static boolean same(CIMObjectPath a, CIMObjectPath b) {
        return a.getObjectName().equalsIgnoreCase(b.getObjectName()) && identity(a).equals(identity(b));
    }
}
