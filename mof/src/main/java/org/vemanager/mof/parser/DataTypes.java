package org.vemanager.mof.parser;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTime;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;

/**
 * The MOF intrinsic data type names (DSP0221), the {@link CIMDataType} each stands for, and the Java
 * objects javax.cim carries its values in: the one place both the MOF compiler and the server's value
 * coercion take them from.
 */
public final class DataTypes {

    private static final Map<String, CIMDataType[]> BY_NAME = new HashMap<>();

    static {
        put("uint8", CIMDataType.UINT8_T, CIMDataType.UINT8_ARRAY_T);
        put("uint16", CIMDataType.UINT16_T, CIMDataType.UINT16_ARRAY_T);
        put("uint32", CIMDataType.UINT32_T, CIMDataType.UINT32_ARRAY_T);
        put("uint64", CIMDataType.UINT64_T, CIMDataType.UINT64_ARRAY_T);
        put("sint8", CIMDataType.SINT8_T, CIMDataType.SINT8_ARRAY_T);
        put("sint16", CIMDataType.SINT16_T, CIMDataType.SINT16_ARRAY_T);
        put("sint32", CIMDataType.SINT32_T, CIMDataType.SINT32_ARRAY_T);
        put("sint64", CIMDataType.SINT64_T, CIMDataType.SINT64_ARRAY_T);
        put("real32", CIMDataType.REAL32_T, CIMDataType.REAL32_ARRAY_T);
        put("real64", CIMDataType.REAL64_T, CIMDataType.REAL64_ARRAY_T);
        put("string", CIMDataType.STRING_T, CIMDataType.STRING_ARRAY_T);
        put("boolean", CIMDataType.BOOLEAN_T, CIMDataType.BOOLEAN_ARRAY_T);
        put("char16", CIMDataType.CHAR16_T, CIMDataType.CHAR16_ARRAY_T);
        put("datetime", CIMDataType.DATETIME_T, CIMDataType.DATETIME_ARRAY_T);
    }

    private DataTypes() {
    }

    private static void put(String name, CIMDataType scalar, CIMDataType array) {
        BY_NAME.put(name, new CIMDataType[] {scalar, array});
    }

    /** The scalar type named {@code name} (case-insensitive), or null when it is not a MOF type. */
    public static CIMDataType scalar(String name) {
        CIMDataType[] types = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return types == null ? null : types[0];
    }

    /**
     * The array type of {@code scalar}: variable-length when {@code size} is 0, else fixed-size.
     * A reference scalar gives a reference array of the same class.
     */
    public static CIMDataType array(CIMDataType scalar, int size) {
        if (scalar.getType() == CIMDataType.REFERENCE) {
            return new CIMDataType(scalar.getRefClassName(), size);
        }
        if (size > 0) {
            return new CIMDataType(scalar.getType(), size);
        }
        for (CIMDataType[] types : BY_NAME.values()) {
            if (types[0].getType() == scalar.getType()) {
                return types[1];
            }
        }
        throw new IllegalStateException("no array type for " + scalar);
    }

    /**
     * The type with javax.cim's type code {@code typeCode} (a {@link CIMDataType} constant other than
     * REFERENCE), scalar or array of {@code size} (0: variable-length); null for an unknown code.
     */
    public static CIMDataType of(int typeCode, boolean isArray, int size) {
        for (CIMDataType[] types : BY_NAME.values()) {
            if (types[0].getType() == typeCode) {
                return isArray ? array(types[0], size) : types[0];
            }
        }
        return null;
    }

    /**
     * The element type of an array type (the type itself for a scalar); an embedded object array
     * (a javax.cim type with no MOF name) gives the scalar of its type code.
     */
    public static CIMDataType elementType(CIMDataType type) {
        if (!type.isArray()) {
            return type;
        }
        if (type.getType() == CIMDataType.REFERENCE) {
            return new CIMDataType(type.getRefClassName());
        }
        for (CIMDataType[] types : BY_NAME.values()) {
            if (types[0].getType() == type.getType()) {
                return types[0];
            }
        }
        return new CIMDataType(type.getType(), false);
    }

    /** The Java class javax.cim uses for values of the scalar {@code type}; Object for an unknown code. */
    public static Class<?> javaClass(CIMDataType type) {
        return switch (type.getType()) {
            case CIMDataType.STRING -> String.class;
            case CIMDataType.CHAR16 -> Character.class;
            case CIMDataType.BOOLEAN -> Boolean.class;
            case CIMDataType.UINT8 -> UnsignedInteger8.class;
            case CIMDataType.UINT16 -> UnsignedInteger16.class;
            case CIMDataType.UINT32 -> UnsignedInteger32.class;
            case CIMDataType.UINT64 -> UnsignedInteger64.class;
            case CIMDataType.SINT8 -> Byte.class;
            case CIMDataType.SINT16 -> Short.class;
            case CIMDataType.SINT32 -> Integer.class;
            case CIMDataType.SINT64 -> Long.class;
            case CIMDataType.REAL32 -> Float.class;
            case CIMDataType.REAL64 -> Double.class;
            case CIMDataType.DATETIME -> CIMDateTime.class;
            case CIMDataType.REFERENCE -> CIMObjectPath.class;
            case CIMDataType.OBJECT -> CIMInstance.class;
            default -> Object.class;
        };
    }

    /**
     * A datetime value's text as javax.cim's object: an interval when it has the ':' that DSP0004 puts
     * where an absolute time has its UTC offset sign, else an absolute time.
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public static CIMDateTime dateTime(String text) {
        if (text.length() == 25 && text.charAt(21) == ':') {
            return new CIMDateTimeInterval(text);
        }
        return new CIMDateTimeAbsolute(text);
    }
}
