package org.vemanager.wbem.repository;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;
import org.vemanager.mof.parser.DataTypes;

/**
 * Gives untyped or loosely typed values the CIM type a class or method declares: the text of a
 * CIM-XML VALUE, a key that arrived as {@code "1"} for a uint32 key, a MOF literal. One place, so
 * that {@code "1"} and {@code 1} compare equal everywhere. Throws {@link IllegalArgumentException}
 * with a short reason when the value does not fit; callers turn it into the right CIM status.
 */
public final class CimValues {

    private CimValues() {
    }

    /** {@code text} (a single value) as an object of the scalar {@code type}; null stays null. */
    public static Object fromText(CIMDataType type, String text) {
        if (text == null) {
            return null;
        }
        int t = type.getType();
        try {
            return switch (t) {
                case CIMDataType.STRING -> text;
                case CIMDataType.CHAR16 -> char16(text);
                case CIMDataType.BOOLEAN -> bool(text);
                case CIMDataType.UINT8 -> new UnsignedInteger8(integer(text).shortValueExact());
                case CIMDataType.UINT16 -> new UnsignedInteger16(integer(text).intValueExact());
                case CIMDataType.UINT32 -> new UnsignedInteger32(integer(text).longValueExact());
                case CIMDataType.UINT64 -> new UnsignedInteger64(integer(text));
                case CIMDataType.SINT8 -> integer(text).byteValueExact();
                case CIMDataType.SINT16 -> integer(text).shortValueExact();
                case CIMDataType.SINT32 -> integer(text).intValueExact();
                case CIMDataType.SINT64 -> integer(text).longValueExact();
                case CIMDataType.REAL32 -> Float.valueOf(text.trim());
                case CIMDataType.REAL64 -> Double.valueOf(text.trim());
                case CIMDataType.DATETIME -> DataTypes.dateTime(text.trim());
                case CIMDataType.REFERENCE -> new CIMObjectPath(text.trim());
                default -> throw new IllegalArgumentException("cannot give a value the type " + type);
            };
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a valid " + typeName(type), e);
        }
    }

    /** Array elements (null elements stay null) as a typed array of {@code arrayType}. */
    public static Object fromTexts(CIMDataType arrayType, List<String> texts) {
        CIMDataType element = DataTypes.elementType(arrayType);
        Object result = Array.newInstance(DataTypes.javaClass(element), texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Array.set(result, i, fromText(element, texts.get(i)));
        }
        return result;
    }

    /**
     * {@code value} converted to {@code type}: returned as is when it already has the Java class of
     * that type, else converted through its text form (numbers, strings, booleans). Arrays are
     * converted element by element.
     */
    public static Object coerce(CIMDataType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.isArray()) {
            CIMDataType element = DataTypes.elementType(type);
            if (!value.getClass().isArray()) {
                throw new IllegalArgumentException("expected an array of " + typeName(element) + ", got a single value");
            }
            Class<?> javaClass = DataTypes.javaClass(element);
            if (value.getClass().getComponentType() == javaClass) {
                return value;
            }
            int n = Array.getLength(value);
            Object result = Array.newInstance(javaClass, n);
            for (int i = 0; i < n; i++) {
                Array.set(result, i, coerce(element, Array.get(value, i)));
            }
            return result;
        }
        if (value.getClass().isArray()) {
            throw new IllegalArgumentException("expected a single " + typeName(type) + ", got an array");
        }
        Class<?> javaClass = DataTypes.javaClass(type);
        if (javaClass.isInstance(value)) {
            return value;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character) {
            if (type.getType() == CIMDataType.REFERENCE || type.getType() == CIMDataType.OBJECT) {
                throw new IllegalArgumentException("expected a " + typeName(type) + ", got a " + describe(value));
            }
            if (type.getType() == CIMDataType.BOOLEAN && !(value instanceof String) && !(value instanceof Boolean)) {
                throw new IllegalArgumentException("expected a boolean, got a " + describe(value));
            }
            if (value instanceof Boolean && type.getType() != CIMDataType.STRING) {
                throw new IllegalArgumentException("expected a " + typeName(type) + ", got a boolean");
            }
            return fromText(type, value.toString());
        }
        throw new IllegalArgumentException("expected a " + typeName(type) + ", got a " + describe(value));
    }

    /** True when values of {@code actual} may be stored where {@code declared} is expected. */
    public static boolean compatible(CIMDataType declared, CIMDataType actual) {
        if (declared.isArray() != actual.isArray()) {
            return false;
        }
        if (declared.getType() == actual.getType()) {
            return true;
        }
        // An embedded object/instance is declared string and carried as OBJECT in javax.cim.
        return declared.getType() == CIMDataType.STRING && actual.getType() == CIMDataType.OBJECT;
    }

    /** The MOF name of a type ("uint32", "string[]", "CIM_System ref"). */
    public static String typeName(CIMDataType type) {
        return type.toString().toLowerCase(Locale.ROOT);
    }

    private static Character char16(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a single char16");
        }
        return text.charAt(0);
    }

    private static Boolean bool(String text) {
        String t = text.trim();
        if ("true".equalsIgnoreCase(t)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(t)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a boolean (TRUE or FALSE)");
    }

    private static BigInteger integer(String text) {
        String t = text.trim();
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"))) {
            return new BigInteger(t.substring(2), 16);
        }
        if (t.startsWith("-0x") || t.startsWith("-0X")) {
            return new BigInteger(t.substring(3), 16).negate();
        }
        return new BigInteger(t);
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
