package org.vemanager.wbem.cimxml;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMClass;
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
 * The DSP0201 TYPE names and value texts of CIM data types, both ways: {@code "uint32"} ⇄
 * {@link CIMDataType#UINT32}, {@code "42"} ⇄ {@code UnsignedInteger32(42)}.
 */
public final class CimTypes {

    private static final String[] NAMES = new String[32];

    static {
        NAMES[CIMDataType.UINT8] = "uint8";
        NAMES[CIMDataType.SINT8] = "sint8";
        NAMES[CIMDataType.UINT16] = "uint16";
        NAMES[CIMDataType.SINT16] = "sint16";
        NAMES[CIMDataType.UINT32] = "uint32";
        NAMES[CIMDataType.SINT32] = "sint32";
        NAMES[CIMDataType.UINT64] = "uint64";
        NAMES[CIMDataType.SINT64] = "sint64";
        NAMES[CIMDataType.STRING] = "string";
        NAMES[CIMDataType.BOOLEAN] = "boolean";
        NAMES[CIMDataType.REAL32] = "real32";
        NAMES[CIMDataType.REAL64] = "real64";
        NAMES[CIMDataType.DATETIME] = "datetime";
        NAMES[CIMDataType.CHAR16] = "char16";
        NAMES[CIMDataType.REFERENCE] = "reference";
        // Embedded objects travel as strings (EmbeddedObject="object"/"instance").
        NAMES[CIMDataType.OBJECT] = "string";
        NAMES[CIMDataType.CLASS] = "string";
    }

    private CimTypes() {
    }

    /** The DSP0201 TYPE/PARAMTYPE name of a type's element type (array-ness is in the element name). */
    public static String typeName(CIMDataType type) {
        int code = type.getType();
        String name = code >= 0 && code < NAMES.length ? NAMES[code] : null;
        if (name == null) {
            throw new IllegalStateException("no CIM-XML name for data type " + type);
        }
        return name;
    }

    /** The type code of a TYPE/PARAMTYPE name, or -1 when the name is not a CIM type. */
    public static int typeCode(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int code = 0; code < NAMES.length; code++) {
            if (lower.equals(NAMES[code]) && code != CIMDataType.OBJECT && code != CIMDataType.CLASS) {
                return code;
            }
        }
        return -1;
    }

    /** The scalar or array CIMDataType for a type code (not for references). */
    public static CIMDataType dataType(int code, boolean array) {
        return new CIMDataType(code, array);
    }

    /**
     * Parses one VALUE text as the given scalar type.
     *
     * @throws IllegalArgumentException with a message saying what is wrong with the text
     */
    public static Object parse(int code, String text) {
        try {
            return switch (code) {
                case CIMDataType.STRING -> text;
                case CIMDataType.BOOLEAN -> parseBoolean(text.trim());
                case CIMDataType.UINT8 -> new UnsignedInteger8(parseInteger(text).shortValueExact());
                case CIMDataType.SINT8 -> parseInteger(text).byteValueExact();
                case CIMDataType.UINT16 -> new UnsignedInteger16(parseInteger(text).intValueExact());
                case CIMDataType.SINT16 -> parseInteger(text).shortValueExact();
                case CIMDataType.UINT32 -> new UnsignedInteger32(parseInteger(text).longValueExact());
                case CIMDataType.SINT32 -> parseInteger(text).intValueExact();
                case CIMDataType.UINT64 -> new UnsignedInteger64(parseInteger(text));
                case CIMDataType.SINT64 -> parseInteger(text).longValueExact();
                case CIMDataType.REAL32 -> Float.parseFloat(realText(text));
                case CIMDataType.REAL64 -> Double.parseDouble(realText(text));
                case CIMDataType.CHAR16 -> parseChar(text);
                case CIMDataType.DATETIME -> parseDateTime(text.trim());
                default -> throw new IllegalArgumentException("type " + code + " has no text form");
            };
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a valid " + NAMES[code] + " value", e);
        }
    }

    /** An array of the Java element class of {@code code} holding {@code elements} (null elements stay null). */
    public static Object parseArray(int code, List<String> elements) {
        Object array = Array.newInstance(elementClass(code), elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String text = elements.get(i);
            Array.set(array, i, text == null ? null : parse(code, text));
        }
        return array;
    }

    /** The Java class javax.cim uses for values of a type code. */
    public static Class<?> elementClass(int code) {
        return switch (code) {
            case CIMDataType.STRING -> String.class;
            case CIMDataType.BOOLEAN -> Boolean.class;
            case CIMDataType.UINT8 -> UnsignedInteger8.class;
            case CIMDataType.SINT8 -> Byte.class;
            case CIMDataType.UINT16 -> UnsignedInteger16.class;
            case CIMDataType.SINT16 -> Short.class;
            case CIMDataType.UINT32 -> UnsignedInteger32.class;
            case CIMDataType.SINT32 -> Integer.class;
            case CIMDataType.UINT64 -> UnsignedInteger64.class;
            case CIMDataType.SINT64 -> Long.class;
            case CIMDataType.REAL32 -> Float.class;
            case CIMDataType.REAL64 -> Double.class;
            case CIMDataType.CHAR16 -> Character.class;
            case CIMDataType.DATETIME -> CIMDateTime.class;
            case CIMDataType.REFERENCE -> CIMObjectPath.class;
            case CIMDataType.OBJECT -> CIMInstance.class;
            case CIMDataType.CLASS -> CIMClass.class;
            default -> Object.class;
        };
    }

    /** The VALUE text of a scalar value (not references or embedded objects, which have elements of their own). */
    public static String format(Object value) {
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof CIMDateTime dateTime) {
            return dateTime.getDateTimeString();
        }
        return value.toString();
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + shorten(text) + "' is not a boolean (TRUE or FALSE)");
    }

    /** DSP0201 integers: decimal with optional sign, or hexadecimal with a 0x prefix. */
    private static BigInteger parseInteger(String raw) {
        String text = raw.trim();
        if (text.length() > 64) {
            throw new NumberFormatException("too long");
        }
        boolean negative = text.startsWith("-");
        String digits = negative || text.startsWith("+") ? text.substring(1) : text;
        BigInteger value = digits.startsWith("0x") || digits.startsWith("0X")
            ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits, 10);
        return negative ? value.negate() : value;
    }

    private static String realText(String raw) {
        String text = raw.trim();
        // Java would also accept "1f", "1d" or hexadecimal floats, which DSP0201 does not.
        if (text.isEmpty() || text.length() > 64 || !text.chars().allMatch(c -> "0123456789+-.eE".indexOf(c) >= 0)
            && !text.equals("NaN") && !text.equals("INF") && !text.equals("-INF")) {
            throw new NumberFormatException("not a real number");
        }
        return text.replace("INF", "Infinity");
    }

    private static Character parseChar(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a single char16 character");
        }
        return text.charAt(0);
    }

    private static CIMDateTime parseDateTime(String text) {
        try {
            // DSP0004: an interval has ':' where an absolute time has its UTC offset sign.
            return text.length() == 25 && text.charAt(21) == ':' ? new CIMDateTimeInterval(text) : new CIMDateTimeAbsolute(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + shorten(text)
                + "' is not a CIM datetime (yyyymmddhhmmss.mmmmmmsutc or ddddddddhhmmss.mmmmmm:000)", e);
        }
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
