package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMScope;
import org.vemanager.mof.parser.ClassDeclaration;
import org.vemanager.mof.parser.MethodDeclaration;
import org.vemanager.mof.parser.MofSyntaxException;
import org.vemanager.mof.parser.ParameterDeclaration;
import org.vemanager.mof.parser.PropertyDeclaration;
import org.vemanager.mof.parser.QualifierValue;

/**
 * Builds a {@link CIMClass} from its declaration and its (already resolved) superclass, as
 * DSP0004 describes inheritance: the class carries every inherited property and method, marked
 * propagated with their class origin kept, and its own features, which override inherited ones of
 * the same name (class origin = this class). Qualifiers propagate as {@link QualifierResolver} says;
 * an overriding property without a default value keeps the inherited default.
 */
final class ClassResolver {

    private static final CIMQualifier<?>[] NO_QUALIFIERS = new CIMQualifier<?>[0];

    private final QualifierResolver qualifiers;
    private final ValueConverter converter;
    private final Errors errors;
    /** The inherited form of each property or method, made once however many subclasses inherit it. */
    private final Map<Object, Object> inheritedForms = new IdentityHashMap<>();

    ClassResolver(QualifierResolver qualifiers, ValueConverter converter, Errors errors) {
        this.qualifiers = qualifiers;
        this.converter = converter;
        this.errors = errors;
    }

    /** The resolved class; errors go to the error list (the caller checks whether there were any). */
    CIMClass resolve(ClassDeclaration decl, CIMClass superclass, String namespace) {
        String name = decl.name();
        boolean association = flag(decl.qualifiers(), "Association", superclass != null && superclass.isAssociation());
        boolean indication = flag(decl.qualifiers(), "Indication", superclass != null && superclass.hasQualifier("Indication")
            && Boolean.TRUE.equals(superclass.getQualifierValue("Indication")));
        int classScope = CIMScope.CLASS | (association ? CIMScope.ASSOCIATION : 0) | (indication ? CIMScope.INDICATION : 0);
        String superName = superclass == null ? null : superclass.getName();
        CIMQualifier<?>[] classQualifiers = qualifiers.resolve(decl.qualifiers(), classScope, "class " + name,
            superclass == null ? NO_QUALIFIERS : superclass.getQualifiers(), superName);

        Map<String, CIMClassProperty<?>> properties = new LinkedHashMap<>();
        Map<String, CIMMethod<?>> methods = new LinkedHashMap<>();
        if (superclass != null) {
            for (CIMClassProperty<?> p : superclass.getProperties()) {
                properties.put(key(p.getName()), inherited(p));
            }
            for (CIMMethod<?> m : superclass.getMethods()) {
                methods.put(key(m.getName()), inherited(m));
            }
        }
        List<String> seen = new ArrayList<>();
        for (PropertyDeclaration p : decl.properties()) {
            if (checkUnique(seen, p.name(), p.position(), name)) {
                CIMClassProperty<?> property = property(name, p, properties.get(key(p.name())));
                if (property != null) {
                    properties.put(key(p.name()), property);
                }
            }
        }
        for (MethodDeclaration m : decl.methods()) {
            if (checkUnique(seen, m.name(), m.position(), name)) {
                methods.put(key(m.name()), method(name, m, methods.get(key(m.name()))));
            }
        }
        boolean keyed = properties.values().stream().anyMatch(CIMClassProperty::isKey);
        return new CIMClass(new CIMObjectPath(null, null, null, namespace, name, null), superName, classQualifiers,
            properties.values().toArray(new CIMClassProperty<?>[0]), methods.values().toArray(new CIMMethod<?>[0]),
            association, keyed);
    }

    private CIMClassProperty<?> property(String className, PropertyDeclaration p, CIMClassProperty<?> overridden) {
        boolean reference = p.type().getType() == CIMDataType.REFERENCE;
        String element = (reference ? "reference " : "property ") + className + "." + p.name();
        CIMQualifier<?>[] q = qualifiers.resolve(p.qualifiers(), reference ? CIMScope.REFERENCE : CIMScope.PROPERTY, element,
            overridden == null ? NO_QUALIFIERS : overridden.getQualifiers(), overridden == null ? null : overridden.getOriginClass());
        Object value = null;
        if (p.defaultValue() != null) {
            try {
                value = converter.convert(p.defaultValue(), p.type(), element);
            } catch (MofSyntaxException e) {
                errors.add(e);
                return null;
            }
        } else if (overridden != null && overridden.getDataType().getType() == p.type().getType()) {
            value = overridden.getValue();
        }
        return newProperty(p.name(), p.type(), value, q, isKey(q), false, className);
    }

    private CIMMethod<?> method(String className, MethodDeclaration m, CIMMethod<?> overridden) {
        String element = "method " + className + "." + m.name();
        CIMQualifier<?>[] q = qualifiers.resolve(m.qualifiers(), CIMScope.METHOD, element,
            overridden == null ? NO_QUALIFIERS : overridden.getQualifiers(), overridden == null ? null : overridden.getOriginClass());
        List<CIMParameter<?>> parameters = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ParameterDeclaration p : m.parameters()) {
            if (seen.stream().anyMatch(p.name()::equalsIgnoreCase)) {
                errors.add(p.position(), "parameter " + p.name() + " is declared twice in " + element);
                continue;
            }
            seen.add(p.name());
            CIMParameter<?> parent = overridden == null ? null : overridden.getParameter(p.name());
            CIMQualifier<?>[] pq = qualifiers.resolve(p.qualifiers(), CIMScope.PARAMETER, "parameter " + p.name() + " of " + element,
                parent == null ? NO_QUALIFIERS : parent.getQualifiers(), overridden == null ? null : overridden.getOriginClass());
            parameters.add(newParameter(p.name(), p.type(), pq));
        }
        return newMethod(m.name(), m.returnType(), q, parameters.toArray(new CIMParameter<?>[0]), false, className);
    }

    private CIMClassProperty<?> inherited(CIMClassProperty<?> p) {
        if (p.isPropagated()) {
            return p;
        }
        return (CIMClassProperty<?>) inheritedForms.computeIfAbsent(p, k -> newProperty(p.getName(), p.getDataType(), p.getValue(),
            QualifierResolver.inheritable(p.getQualifiers()), p.isKey(), true, p.getOriginClass()));
    }

    private CIMMethod<?> inherited(CIMMethod<?> m) {
        if (m.isPropagated()) {
            return m;
        }
        return (CIMMethod<?>) inheritedForms.computeIfAbsent(m, k -> newMethod(m.getName(), m.getDataType(),
            QualifierResolver.inheritable(m.getQualifiers()), m.getParameters(), true, m.getOriginClass()));
    }

    private boolean checkUnique(List<String> seen, String feature, org.vemanager.mof.parser.Position position, String className) {
        for (String s : seen) {
            if (s.equalsIgnoreCase(feature)) {
                errors.add(position, "property or method " + feature + " is declared twice in class " + className);
                return false;
            }
        }
        seen.add(feature);
        return true;
    }

    /** Whether the boolean qualifier {@code name} is written as true, else {@code inherited}. */
    private static boolean flag(List<QualifierValue> written, String name, boolean inherited) {
        for (QualifierValue q : written) {
            if (q.name().equalsIgnoreCase(name)) {
                return q.value() == null || !(q.value() instanceof org.vemanager.mof.parser.MofValue.Scalar s)
                    || !Boolean.FALSE.equals(s.value());
            }
        }
        return inherited;
    }

    private static boolean isKey(CIMQualifier<?>[] q) {
        CIMQualifier<?> key = QualifierResolver.find(q, "Key");
        return key != null && Boolean.TRUE.equals(key.getValue());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMClassProperty<?> newProperty(String name, CIMDataType type, Object value, CIMQualifier<?>[] q, boolean key,
        boolean propagated, String origin) {
        return new CIMClassProperty(name, type, value, q, key, propagated, origin);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMMethod<?> newMethod(String name, CIMDataType type, CIMQualifier<?>[] q, CIMParameter<?>[] parameters,
        boolean propagated, String origin) {
        return new CIMMethod(name, type, q, parameters, propagated, origin);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMParameter<?> newParameter(String name, CIMDataType type, CIMQualifier<?>[] q) {
        return new CIMParameter(name, type, q);
    }
}
