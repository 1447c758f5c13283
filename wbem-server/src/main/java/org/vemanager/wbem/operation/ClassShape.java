package org.vemanager.wbem.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifier;

/**
 * A class as GetClass, EnumerateClasses and class-level Associators return it (DSP0200 1.4,
 * 5.3.2.1): LocalOnly drops inherited properties and methods, IncludeQualifiers=false drops the
 * qualifiers of the class, its properties, methods and parameters, IncludeClassOrigin=false
 * drops CLASSORIGIN, and a PropertyList limits the properties (never the methods).
 *
 * <p>Not {@code CIMClass.filterProperties}: that one drops every method, and clients need them —
 * wbemcli reads a method's parameter types from GetClass before {@code cm} and silently sends
 * no parameter it cannot find there.
 */
final class ClassShape {

    private ClassShape() {
    }

    /** The repository's own object when nothing is removed (classes are immutable). */
    static CIMClass of(CIMClass cls, boolean localOnly, boolean qualifiers, boolean origin, String[] propertyList) {
        if (!localOnly && qualifiers && origin && propertyList == null) {
            return cls;
        }
        Set<String> wanted = propertyList == null ? null
            : Stream.of(propertyList).map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<CIMClassProperty<?>> properties = new ArrayList<>();
        for (CIMClassProperty<?> p : cls.getProperties()) {
            if ((localOnly && p.isPropagated()) || (wanted != null && !wanted.contains(p.getName().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            properties.add(property(p, qualifiers, origin));
        }
        List<CIMMethod<?>> methods = new ArrayList<>();
        for (CIMMethod<?> m : cls.getMethods()) {
            if (!(localOnly && m.isPropagated())) {
                methods.add(method(m, qualifiers, origin));
            }
        }
        return new CIMClass(cls.getObjectPath(), cls.getSuperClassName(), qualifiers ? cls.getQualifiers() : none(),
            properties.toArray(CIMClassProperty<?>[]::new), methods.toArray(CIMMethod<?>[]::new), cls.isAssociation(),
            cls.isKeyed());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMClassProperty<?> property(CIMClassProperty<?> p, boolean qualifiers, boolean origin) {
        return new CIMClassProperty(p.getName(), p.getDataType(), p.getValue(), qualifiers ? p.getQualifiers() : none(), p.isKey(),
            p.isPropagated(), origin ? p.getOriginClass() : null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMMethod<?> method(CIMMethod<?> m, boolean qualifiers, boolean origin) {
        CIMParameter<?>[] parameters = m.getParameters();
        if (!qualifiers) {
            CIMParameter<?>[] bare = new CIMParameter<?>[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                bare[i] = new CIMParameter(parameters[i].getName(), parameters[i].getDataType(), none());
            }
            parameters = bare;
        }
        return new CIMMethod(m.getName(), m.getDataType(), qualifiers ? m.getQualifiers() : none(), parameters, m.isPropagated(),
            origin ? m.getOriginClass() : null);
    }

    private static CIMQualifier<?>[] none() {
        return new CIMQualifier<?>[0];
    }
}
