package org.vemanager.mof.served;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifiedElementInterface;
import org.metricshub.wbem.javax.cim.CIMQualifier;

/** Small readings of javax.cim elements that the served-class tests compare; qualifier names match case-insensitively, as in CIM. */
final class CimFacts {

    private CimFacts() {
    }

    static Optional<Object> qualifier(CIMQualifiedElementInterface element, String name) {
        CIMQualifier<?>[] qualifiers = element.getQualifiers();
        if (qualifiers == null) {
            return Optional.empty();
        }
        return Arrays.stream(qualifiers)
            .filter(q -> q.getName().equalsIgnoreCase(name))
            .findFirst()
            .map(q -> q.getValue() == null ? "null" : q.getValue());
    }

    /** A boolean qualifier's effective value, {@code absent} when the element does not carry it. */
    static boolean flag(CIMQualifiedElementInterface element, String name, boolean absent) {
        return qualifier(element, name).map(Boolean.TRUE::equals).orElse(absent);
    }

    static boolean isAssociation(CIMClass cimClass) {
        return flag(cimClass, "Association", false);
    }

    /** Parameters are input unless they say {@code In(false)} (DSP0004 default of In is true). */
    static boolean isIn(CIMParameter<?> parameter) {
        return flag(parameter, "In", true);
    }

    static boolean isOut(CIMParameter<?> parameter) {
        return flag(parameter, "Out", false);
    }

    /** A qualifier value as comparable text, arrays element by element; {@code -} when absent. */
    static String text(Optional<Object> value) {
        return value.map(v -> v instanceof Object[] array ? Arrays.toString(array) : String.valueOf(v)).orElse("-");
    }

    /** {@code uint16}, {@code string[]}, {@code CIM_System REF}: the type as a MOF author writes it. */
    static String describe(CIMDataType type) {
        if (type == null) {
            return "(no type)";
        }
        String base = type.getType() == CIMDataType.REFERENCE
            ? type.getRefClassName() + " REF"
            : simpleName(type);
        return type.isArray() ? base + "[]" : base;
    }

    /** Same CIM type, array-ness and (for references) referenced class. */
    static boolean sameType(CIMDataType a, CIMDataType b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getType() != b.getType() || a.isArray() != b.isArray()) {
            return false;
        }
        return a.getType() != CIMDataType.REFERENCE || lower(a.getRefClassName()).equals(lower(b.getRefClassName()));
    }

    static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static String simpleName(CIMDataType type) {
        String text = type.toString();
        int bracket = text.indexOf('[');
        return bracket < 0 ? text : text.substring(0, bracket);
    }
}
