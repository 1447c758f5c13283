package org.vemanager.console.ui.browser;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;

/**
 * Turns what a user typed into a typed CIM value. Arrays are comma-separated. An empty field is
 * "no value". Wrong input raises IllegalArgumentException naming the expected type.
 */
public final class ValueParser {

    private ValueParser() {
    }

    public static Object parse(String text, CIMDataType type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (type.isArray()) {
            List<Object> items = new ArrayList<>();
            for (String part : text.split(",")) {
                items.add(scalar(part.strip(), type.getType(), type.getRefClassName()));
            }
            return toArray(items, type);
        }
        return scalar(text.strip(), type.getType(), type.getRefClassName());
    }

    private static Object scalar(String text, int type, String refClass) {
        try {
            return switch (type) {
                case CIMDataType.UINT8 -> new UnsignedInteger8(Short.parseShort(text));
                case CIMDataType.UINT16 -> new UnsignedInteger16(Integer.parseInt(text));
                case CIMDataType.UINT32 -> new UnsignedInteger32(Long.parseLong(text));
                case CIMDataType.UINT64 -> new UnsignedInteger64(text);
                case CIMDataType.SINT8 -> Byte.parseByte(text);
                case CIMDataType.SINT16 -> Short.parseShort(text);
                case CIMDataType.SINT32 -> Integer.parseInt(text);
                case CIMDataType.SINT64 -> Long.parseLong(text);
                case CIMDataType.REAL32 -> Float.parseFloat(text);
                case CIMDataType.REAL64 -> Double.parseDouble(text);
                case CIMDataType.BOOLEAN -> parseBoolean(text);
                case CIMDataType.CHAR16 -> single(text);
                case CIMDataType.DATETIME -> text.charAt(21) == ':' ? new CIMDateTimeInterval(text) : new CIMDateTimeAbsolute(text);
                case CIMDataType.REFERENCE -> new CIMObjectPath(text);
                default -> text;
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + typeName(type, refClass));
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("boolean");
    }

    private static Character single(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("char16");
        }
        return text.charAt(0);
    }

    private static String typeName(int type, String refClass) {
        return type == CIMDataType.REFERENCE ? "reference to " + refClass : new CIMDataType(type, false).toString();
    }

    private static Object toArray(List<Object> items, CIMDataType type) {
        Object first = items.get(0);
        Object array = java.lang.reflect.Array.newInstance(first.getClass(), items.size());
        for (int i = 0; i < items.size(); i++) {
            java.lang.reflect.Array.set(array, i, items.get(i));
        }
        return array;
    }
}
