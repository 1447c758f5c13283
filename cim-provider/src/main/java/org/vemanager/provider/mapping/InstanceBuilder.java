package org.vemanager.provider.mapping;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;

/**
 * Builds a {@code CIMInstance} whose path carries namespace, class name and every key. Null values are
 * written as NULL properties of the right type, so clients see the property exists.
 */
public final class InstanceBuilder {

    /** MaxLen of CIM_ManagedElement.Caption. */
    static final int CAPTION_MAX_LEN = 64;

    private final String namespace;
    private final String className;
    private final List<CIMProperty<?>> keys = new ArrayList<>();
    private final List<CIMProperty<?>> properties = new ArrayList<>();

    public InstanceBuilder(String namespace, String className) {
        this.namespace = namespace;
        this.className = className;
    }

    public static CIMObjectPath path(String namespace, String className, CIMProperty<?>... keys) {
        return new CIMObjectPath(null, null, null, namespace, className, keys);
    }

    public static CIMProperty<String> stringKey(String name, String value) {
        return new CIMProperty<>(name, CIMDataType.STRING_T, value, true, false, null);
    }

    public static CIMProperty<CIMObjectPath> refKeyProperty(String name, CIMObjectPath value) {
        return new CIMProperty<>(name, new CIMDataType(value.getObjectName()), value, true, false, null);
    }

    public InstanceBuilder key(String name, String value) {
        CIMProperty<String> key = stringKey(name, value);
        keys.add(key);
        properties.add(key);
        return this;
    }

    public InstanceBuilder refKey(String name, CIMObjectPath value) {
        CIMProperty<CIMObjectPath> key = refKeyProperty(name, value);
        keys.add(key);
        properties.add(key);
        return this;
    }

    public InstanceBuilder string(String name, String value) {
        properties.add(new CIMProperty<>(name, CIMDataType.STRING_T, value));
        return this;
    }

    /**
     * Caption, which CIM_ManagedElement limits to MaxLen 64: a longer text (it often holds names and
     * paths the user chose) is cut to 63 characters and an ellipsis, so no instance breaks the schema.
     */
    public InstanceBuilder caption(String text) {
        return string("Caption", text == null || text.length() <= CAPTION_MAX_LEN ? text
            : text.substring(0, CAPTION_MAX_LEN - 1) + "\u2026");
    }

    public InstanceBuilder strings(String name, String... values) {
        properties.add(new CIMProperty<>(name, CIMDataType.STRING_ARRAY_T, values));
        return this;
    }

    public InstanceBuilder bool(String name, Boolean value) {
        properties.add(new CIMProperty<>(name, CIMDataType.BOOLEAN_T, value));
        return this;
    }

    public InstanceBuilder uint16(String name, Integer value) {
        properties.add(new CIMProperty<>(name, CIMDataType.UINT16_T, value == null ? null : new UnsignedInteger16(value)));
        return this;
    }

    public InstanceBuilder uint16s(String name, int... values) {
        UnsignedInteger16[] array = new UnsignedInteger16[values.length];
        for (int i = 0; i < values.length; i++) {
            array[i] = new UnsignedInteger16(values[i]);
        }
        properties.add(new CIMProperty<>(name, CIMDataType.UINT16_ARRAY_T, array));
        return this;
    }

    public InstanceBuilder uint32(String name, Long value) {
        properties.add(new CIMProperty<>(name, CIMDataType.UINT32_T, value == null ? null : new UnsignedInteger32(value)));
        return this;
    }

    public InstanceBuilder uint32s(String name, long... values) {
        UnsignedInteger32[] array = new UnsignedInteger32[values.length];
        for (int i = 0; i < values.length; i++) {
            array[i] = new UnsignedInteger32(values[i]);
        }
        properties.add(new CIMProperty<>(name, CIMDataType.UINT32_ARRAY_T, array));
        return this;
    }

    public InstanceBuilder uint64(String name, Long value) {
        properties.add(new CIMProperty<>(name, CIMDataType.UINT64_T,
                value == null ? null : new UnsignedInteger64(java.math.BigInteger.valueOf(value))));
        return this;
    }

    public CIMInstance build() {
        return new CIMInstance(new CIMObjectPath(null, null, null, namespace, className, keys.toArray(new CIMProperty<?>[0])),
                properties.toArray(new CIMProperty<?>[0]));
    }
}
