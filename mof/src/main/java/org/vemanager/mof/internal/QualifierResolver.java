package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.metricshub.wbem.javax.cim.CIMScope;
import org.vemanager.mof.parser.MofSyntaxException;
import org.vemanager.mof.parser.QualifierValue;

/**
 * Turns the qualifiers written on one element into {@link CIMQualifier}s (DSP0004 5.6): each must
 * be declared and allowed in the element's scope; a qualifier written without a value takes
 * {@code true} when boolean and its declared default otherwise; its flavor is the declared one with
 * the written flavors laid over it. Qualifiers of the overridden element that propagate (not
 * Restricted) are added as propagated, and a DisableOverride qualifier may not change value.
 */
final class QualifierResolver {

    private static final CIMQualifier<?>[] NONE = new CIMQualifier<?>[0];

    private final Map<String, CIMQualifierType<?>> types;
    private final ValueConverter converter;
    private final Errors errors;

    /** @param types the namespace's qualifier types keyed by lower-case name */
    QualifierResolver(Map<String, CIMQualifierType<?>> types, ValueConverter converter, Errors errors) {
        this.types = types;
        this.converter = converter;
        this.errors = errors;
    }

    /**
     * The qualifiers of an element.
     *
     * @param written the qualifiers as written
     * @param scope the CIMScope bits any one of which a qualifier's scope must include
     * @param element what the element is, for messages ("property CIM_Foo.Name")
     * @param inherited the qualifiers of the element this one overrides or inherits from (may be empty)
     * @param overriddenIn the class that declares {@code inherited}, for messages
     */
    CIMQualifier<?>[] resolve(List<QualifierValue> written, int scope, String element, CIMQualifier<?>[] inherited,
        String overriddenIn) {
        if (written.isEmpty() && inherited.length == 0) {
            return NONE;
        }
        List<CIMQualifier<?>> result = new ArrayList<>(written.size() + inherited.length);
        for (QualifierValue value : written) {
            CIMQualifier<?> qualifier = qualifier(value, scope, element);
            if (qualifier == null) {
                continue;
            }
            if (find(result, qualifier.getName()) != null) {
                errors.add(value.position(), "qualifier " + value.name() + " is given twice on " + element);
                continue;
            }
            CIMQualifier<?> overridden = find(inherited, qualifier.getName());
            if (overridden != null && (overridden.getFlavor() & CIMFlavor.DISABLEOVERRIDE) != 0
                && !Objects.deepEquals(overridden.getValue(), qualifier.getValue())) {
                errors.add(value.position(), "qualifier " + qualifier.getName() + " of " + element
                    + " has flavor DisableOverride in " + overriddenIn + " and cannot be given another value");
                continue;
            }
            result.add(qualifier);
        }
        for (CIMQualifier<?> parent : inherited) {
            if ((parent.getFlavor() & CIMFlavor.RESTRICTED) == 0 && find(result, parent.getName()) == null) {
                result.add(propagated(parent));
            }
        }
        return result.toArray(NONE);
    }

    /** {@code qualifier} as it appears on an element that inherits it. */
    static CIMQualifier<?> propagated(CIMQualifier<?> qualifier) {
        if (qualifier.isPropagated()) {
            return qualifier;
        }
        return newQualifier(qualifier.getName(), qualifier.getDataType(), qualifier.getValue(), qualifier.getFlavor(), true);
    }

    /** The qualifiers a subclass element inherits from {@code qualifiers}: all but the Restricted ones, propagated. */
    static CIMQualifier<?>[] inheritable(CIMQualifier<?>[] qualifiers) {
        List<CIMQualifier<?>> result = new ArrayList<>(qualifiers.length);
        for (CIMQualifier<?> q : qualifiers) {
            if ((q.getFlavor() & CIMFlavor.RESTRICTED) == 0) {
                result.add(propagated(q));
            }
        }
        return result.toArray(NONE);
    }

    private CIMQualifier<?> qualifier(QualifierValue value, int scope, String element) {
        CIMQualifierType<?> type = types.get(value.name().toLowerCase(Locale.ROOT));
        if (type == null) {
            errors.add(value.position(), "qualifier " + value.name() + " is not declared: expected a 'Qualifier "
                + value.name() + " : type, Scope(…);' declaration (e.g. from qualifiers.mof) before its use");
            return null;
        }
        if ((type.getScope() & scope) == 0) {
            errors.add(value.position(), "qualifier " + type.getName() + " may not be used on " + element + ": its scope is "
                + scopeNames(type.getScope()));
            return null;
        }
        Object v;
        try {
            if (value.value() == null) {
                v = type.getDataType().getType() == CIMDataType.BOOLEAN && !type.getDataType().isArray() ? Boolean.TRUE
                    : type.getValue();
            } else {
                v = converter.convertLenient(value.value(), type.getDataType(), "qualifier " + type.getName());
            }
        } catch (MofSyntaxException e) {
            errors.add(e);
            return null;
        }
        return newQualifier(type.getName(), type.getDataType(), v, value.flavors().applyTo(type.getFlavor()), false);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMQualifier<?> newQualifier(String name, CIMDataType type, Object value, int flavor, boolean propagated) {
        return new CIMQualifier(name, type, value, flavor, propagated);
    }

    private static CIMQualifier<?> find(List<CIMQualifier<?>> qualifiers, String name) {
        for (CIMQualifier<?> q : qualifiers) {
            if (q.getName().equalsIgnoreCase(name)) {
                return q;
            }
        }
        return null;
    }

    static CIMQualifier<?> find(CIMQualifier<?>[] qualifiers, String name) {
        for (CIMQualifier<?> q : qualifiers) {
            if (q.getName().equalsIgnoreCase(name)) {
                return q;
            }
        }
        return null;
    }

    static String scopeNames(int scope) {
        if ((scope & CIMScope.ANY) == CIMScope.ANY) {
            return "(any)";
        }
        List<String> names = new ArrayList<>();
        String[] all = {"class", "association", "indication", "property", "reference", "method", "parameter"};
        int[] bits = {CIMScope.CLASS, CIMScope.ASSOCIATION, CIMScope.INDICATION, CIMScope.PROPERTY, CIMScope.REFERENCE,
            CIMScope.METHOD, CIMScope.PARAMETER};
        for (int i = 0; i < all.length; i++) {
            if ((scope & bits[i]) != 0) {
                names.add(all[i]);
            }
        }
        return "(" + String.join(", ", names) + ")";
    }
}
