package org.vemanager.wbem.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.metricshub.wbem.javax.cim.CIMDateTime;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMDateTimeInterval;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * Compares CIM values with type awareness: all integer types (signed, unsigned, uint64) and reals
 * compare by numeric value; strings case-sensitively; booleans; datetimes (a string literal is read
 * as a CIM datetime); references and embedded instances for equality only. A string compared with a
 * number is read as a number. Anything else — arrays, mismatched kinds — is UNKNOWN ({@code null}).
 */
final class Values {

    private Values() {
    }

    static Boolean compare(Object left, Expression.Operator operator, Object right) {
        if (left == null || right == null || left.getClass().isArray() || right.getClass().isArray()) {
            return null;
        }
        if (isEqualityOnly(left) || isEqualityOnly(right)) {
            if (operator != Expression.Operator.EQ && operator != Expression.Operator.NE) {
                return null;
            }
            Boolean equal = equalReferences(left, right);
            return equal == null ? null : equal == (operator == Expression.Operator.EQ);
        }
        Integer order = order(left, right);
        return order == null ? null : operator.holds(order);
    }

    private static boolean isEqualityOnly(Object value) {
        return value instanceof CIMObjectPath || value instanceof CIMInstance;
    }

    private static Boolean equalReferences(Object left, Object right) {
        Object l = left instanceof String text ? parsePath(text) : left;
        Object r = right instanceof String text ? parsePath(text) : right;
        if (l == null || r == null) {
            return null;
        }
        if (l instanceof CIMObjectPath a && r instanceof CIMObjectPath b) {
            return a.toString().equalsIgnoreCase(b.toString()) || a.equals(b);
        }
        return l.equals(r);
    }

    private static CIMObjectPath parsePath(String text) {
        try {
            return new CIMObjectPath(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer order(Object left, Object right) {
        if (left instanceof CIMDateTime || right instanceof CIMDateTime) {
            return orderDateTimes(left, right);
        }
        if (left instanceof Number || right instanceof Number) {
            BigDecimal l = number(left);
            BigDecimal r = number(right);
            return l == null || r == null ? null : l.compareTo(r);
        }
        if (left instanceof Boolean || right instanceof Boolean) {
            Boolean l = bool(left);
            Boolean r = bool(right);
            return l == null || r == null ? null : l.compareTo(r);
        }
        if (isText(left) && isText(right)) {
            return left.toString().compareTo(right.toString());
        }
        return null;
    }

    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Character;
    }

    private static Integer orderDateTimes(Object left, Object right) {
        CIMDateTime l = dateTime(left, right);
        CIMDateTime r = dateTime(right, left);
        if (l == null || r == null) {
            return null;
        }
        try {
            return l.compareTo(r);
        } catch (IllegalArgumentException e) {
            // an absolute datetime against an interval: not comparable
            return null;
        }
    }

    private static CIMDateTime dateTime(Object value, Object other) {
        if (value instanceof CIMDateTime dateTime) {
            return dateTime;
        }
        if (value instanceof String text) {
            try {
                return other instanceof CIMDateTimeInterval ? new CIMDateTimeInterval(text) : new CIMDateTimeAbsolute(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return null;
        }
        String text = value instanceof Number || value instanceof String ? value.toString().trim() : null;
        if (text == null) {
            return null;
        }
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return new BigDecimal(new BigInteger(text.substring(2), 16));
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String text) {
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            if (text.equalsIgnoreCase("false")) {
                return false;
            }
        }
        return null;
    }
}
