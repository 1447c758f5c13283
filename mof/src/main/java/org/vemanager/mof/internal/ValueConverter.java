package org.vemanager.mof.internal;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTime;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;
import org.vemanager.mof.parser.DataTypes;
import org.vemanager.mof.parser.MofSyntaxException;
import org.vemanager.mof.parser.MofValue;

/**
 * Gives a MOF value its CIM type: checks that the literal fits the declared type (kind and range)
 * and builds the Java object javax.cim uses for it (UnsignedInteger16, Short, CIMDateTime,
 * CIMObjectPath, typed arrays, …).
 */
final class ValueConverter {

    private static final BigInteger UINT64_MAX = new BigInteger("18446744073709551615");

    private final Function<String, CIMObjectPath> aliases;

    /** @param aliases the object path of an instance alias ({@code $name} without the dollar), or null */
    ValueConverter(Function<String, CIMObjectPath> aliases) {
        this.aliases = aliases;
    }

    /** {@code value} as an object of {@code type}; {@code what} names the target in messages. */
    Object convert(MofValue value, CIMDataType type, String what) {
        if (value instanceof MofValue.Scalar s && s.kind() == MofValue.Kind.NULL) {
            return null;
        }
        if (type.isArray()) {
            CIMDataType elementType = DataTypes.elementType(type);
            List<MofValue> elements;
            if (value instanceof MofValue.Array array) {
                elements = array.elements();
            } else {
                throw mismatch(value, type, what, "an array {…}");
            }
            if (type.getSize() > 0 && elements.size() > type.getSize()) {
                throw new MofSyntaxException(value.position(), what + " is " + type + " with at most " + type.getSize()
                    + " elements, but the value has " + elements.size());
            }
            Object result = Array.newInstance(DataTypes.javaClass(elementType), elements.size());
            for (int i = 0; i < elements.size(); i++) {
                Array.set(result, i, convert(elements.get(i), elementType, what));
            }
            return result;
        }
        if (value instanceof MofValue.Array) {
            throw mismatch(value, type, what, "a single value");
        }
        if (value instanceof MofValue.Alias alias) {
            return reference(alias, type, what);
        }
        return scalar((MofValue.Scalar) value, type, what);
    }

    /** Like {@link #convert} but a single value for an array type becomes a one-element array. */
    Object convertLenient(MofValue value, CIMDataType type, String what) {
        if (type.isArray() && value instanceof MofValue.Scalar s && s.kind() != MofValue.Kind.NULL) {
            return convert(new MofValue.Array(List.of(value), value.position()), type, what);
        }
        return convert(value, type, what);
    }

    private Object reference(MofValue.Alias alias, CIMDataType type, String what) {
        if (type.getType() != CIMDataType.REFERENCE) {
            throw mismatch(alias, type, what, "a " + type + " value");
        }
        CIMObjectPath path = aliases == null ? null : aliases.apply(alias.name());
        if (path == null) {
            throw new MofSyntaxException(alias.position(), "alias $" + alias.name()
                + " is not declared: expected an instance declared earlier with 'as $" + alias.name() + "'");
        }
        return path;
    }

    private Object scalar(MofValue.Scalar s, CIMDataType type, String what) {
        switch (type.getType()) {
            case CIMDataType.UINT8:
                return new UnsignedInteger8((short) integer(s, type, what, BigInteger.ZERO, BigInteger.valueOf(0xFF)));
            case CIMDataType.UINT16:
                return new UnsignedInteger16((int) integer(s, type, what, BigInteger.ZERO, BigInteger.valueOf(0xFFFF)));
            case CIMDataType.UINT32:
                return new UnsignedInteger32(integer(s, type, what, BigInteger.ZERO, BigInteger.valueOf(0xFFFFFFFFL)));
            case CIMDataType.UINT64:
                integer(s, type, what, BigInteger.ZERO, UINT64_MAX);
                return new UnsignedInteger64(s.value() instanceof BigInteger b ? b : BigInteger.valueOf((Long) s.value()));
            case CIMDataType.SINT8:
                return (byte) integer(s, type, what, BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE));
            case CIMDataType.SINT16:
                return (short) integer(s, type, what, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
            case CIMDataType.SINT32:
                return (int) integer(s, type, what, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
            case CIMDataType.SINT64:
                return integer(s, type, what, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
            case CIMDataType.REAL32:
                return (float) real(s, type, what);
            case CIMDataType.REAL64:
                return real(s, type, what);
            case CIMDataType.BOOLEAN:
                expectKind(s, MofValue.Kind.BOOLEAN, type, what, "true or false");
                return s.value();
            case CIMDataType.CHAR16:
                expectKind(s, MofValue.Kind.CHAR16, type, what, "a char16 literal 'c'");
                return s.value();
            case CIMDataType.STRING:
                expectKind(s, MofValue.Kind.STRING, type, what, "a string");
                return s.value();
            case CIMDataType.DATETIME:
                expectKind(s, MofValue.Kind.STRING, type, what, "a datetime string");
                return dateTime(s, what);
            case CIMDataType.REFERENCE:
                expectKind(s, MofValue.Kind.STRING, type, what, "an object path string or $alias");
                return objectPath(s, what);
            default:
                throw new MofSyntaxException(s.position(), what + " has type " + type + ", which MOF values cannot initialise");
        }
    }

    private long integer(MofValue.Scalar s, CIMDataType type, String what, BigInteger min, BigInteger max) {
        expectKind(s, MofValue.Kind.INTEGER, type, what, "an integer");
        BigInteger v = s.value() instanceof BigInteger b ? b : BigInteger.valueOf((Long) s.value());
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new MofSyntaxException(s.position(), "value " + s.literal() + " is out of range for " + what + " of type " + type
                + ": expected " + min + ".." + max);
        }
        return v.longValue();
    }

    private double real(MofValue.Scalar s, CIMDataType type, String what) {
        if (s.kind() == MofValue.Kind.INTEGER) {
            return ((Number) s.value()).doubleValue();
        }
        expectKind(s, MofValue.Kind.REAL, type, what, "a real number");
        return (Double) s.value();
    }

    private static CIMDateTime dateTime(MofValue.Scalar s, String what) {
        String text = (String) s.value();
        try {
            return DataTypes.dateTime(text);
        } catch (IllegalArgumentException e) {
            throw new MofSyntaxException(s.position(), "invalid datetime \"" + text + "\" for " + what
                + ": expected yyyymmddhhmmss.mmmmmmsutc or an interval ddddddddhhmmss.mmmmmm:000");
        }
    }

    private static CIMObjectPath objectPath(MofValue.Scalar s, String what) {
        try {
            return new CIMObjectPath((String) s.value());
        } catch (RuntimeException e) {
            throw new MofSyntaxException(s.position(), "invalid object path \"" + s.value() + "\" for " + what
                + ": expected e.g. \"root/cimv2:CIM_Foo.Name=\\\"x\\\"\"");
        }
    }

    private static void expectKind(MofValue.Scalar s, MofValue.Kind kind, CIMDataType type, String what, String expected) {
        if (s.kind() != kind) {
            throw mismatch(s, type, what, expected);
        }
    }

    private static MofSyntaxException mismatch(MofValue value, CIMDataType type, String what, String expected) {
        return new MofSyntaxException(value.position(), "type mismatch: " + what + " is " + type + ", expected " + expected
            + " but found " + describe(value));
    }

    private static String describe(MofValue value) {
        if (value instanceof MofValue.Array) {
            return "an array";
        }
        if (value instanceof MofValue.Alias alias) {
            return "alias $" + alias.name();
        }
        MofValue.Scalar s = (MofValue.Scalar) value;
        return switch (s.kind()) {
            case INTEGER -> "integer " + s.literal();
            case REAL -> "real " + s.literal();
            case STRING -> "string \"" + (s.literal().length() > 30 ? s.literal().substring(0, 27) + "..." : s.literal()) + '"';
            case CHAR16 -> "char16 '" + s.literal() + '\'';
            case BOOLEAN -> "boolean " + s.literal();
            case NULL -> "null";
        };
    }
}
