package org.vemanager.wbem.testing;

import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;

/** Paths of the test instances. */
public final class TestPaths {

    private TestPaths() {
    }

    public static CIMObjectPath person(String name) {
        return person("TEST_Person", name);
    }

    public static CIMObjectPath person(String className, String name) {
        return new CIMObjectPath(null, null, null, TestSchema.NAMESPACE, className,
            new CIMProperty<?>[] {new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null)});
    }

    public static CIMObjectPath team(long id) {
        return new CIMObjectPath(null, null, null, TestSchema.NAMESPACE, "TEST_Team",
            new CIMProperty<?>[] {new CIMProperty<>("Id", CIMDataType.UINT32_T, new UnsignedInteger32(id), true, false, null)});
    }

    public static CIMObjectPath service() {
        return new CIMObjectPath(null, null, null, TestSchema.NAMESPACE, "TEST_Service",
            new CIMProperty<?>[] {new CIMProperty<>("Name", CIMDataType.STRING_T, "svc", true, false, null)});
    }

    /** A path with arbitrary keys, e.g. {@code path("TEST_Team", "Id", "1")}. */
    public static CIMObjectPath path(String className, Object... keyValues) {
        CIMProperty<?>[] keys = new CIMProperty<?>[keyValues.length / 2];
        for (int i = 0; i < keys.length; i++) {
            Object value = keyValues[2 * i + 1];
            CIMDataType type = value instanceof CIMObjectPath p ? new CIMDataType(p.getObjectName()) : CIMDataType.getDataType(value);
            keys[i] = new CIMProperty<>((String) keyValues[2 * i], type, value, true, false, null);
        }
        return new CIMObjectPath(null, null, null, TestSchema.NAMESPACE, className, keys);
    }
}
