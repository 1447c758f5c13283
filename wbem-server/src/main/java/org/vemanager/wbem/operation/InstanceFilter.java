package org.vemanager.wbem.operation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.repository.ClassInfo;

/**
 * Shapes a provider's instance for the wire in one pass over its properties: keeps only properties
 * of the instance's class that the request asks for (DeepInheritance=false drops those the requested
 * class does not have; PropertyList keeps only the listed ones, unknown names ignored, empty list =
 * none), sets or clears class origin (IncludeClassOrigin) from the class definition, and gives the
 * path its namespace. Properties are reused when already right, and the instance itself when nothing
 * changes, so the common case allocates almost nothing.
 *
 * <p>Qualifiers are never sent on instances: IncludeQualifiers is deprecated for instances in DSP0200
 * 1.4 and javax.cim instances carry none. LocalOnly is ignored for instances, as DSP0200 1.4
 * recommends and pywbem's mock does (its 1.x meaning was implemented inconsistently by servers).
 */
final class InstanceFilter {

    private final ClassInfo cls;
    private final Map<String, CIMClassProperty<?>> exact;
    private final Map<String, CIMClassProperty<?>> lower;
    private final boolean classOrigin;

    private InstanceFilter(ClassInfo cls, Map<String, CIMClassProperty<?>> exact, Map<String, CIMClassProperty<?>> lower,
            boolean classOrigin) {
        this.cls = cls;
        this.exact = exact;
        this.lower = lower;
        this.classOrigin = classOrigin;
    }

    /**
     * @param cls the class of the instances to filter
     * @param requested the class the client named (for DeepInheritance=false), or null for no such restriction
     * @param propertyList the PropertyList, or null for all
     */
    static InstanceFilter of(ClassInfo cls, ClassInfo requested, String[] propertyList, boolean includeClassOrigin) {
        Set<String> listed = null;
        if (propertyList != null) {
            listed = new HashSet<>();
            for (String name : propertyList) {
                if (name != null) {
                    listed.add(name.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, CIMClassProperty<?>> exact = new HashMap<>();
        Map<String, CIMClassProperty<?>> lower = new HashMap<>();
        for (CIMClassProperty<?> p : cls.cimClass().getProperties()) {
            String lowerName = p.getName().toLowerCase(Locale.ROOT);
            if (requested != null && requested != cls && requested.property(p.getName()) == null) {
                continue;
            }
            if (listed != null && !listed.contains(lowerName)) {
                continue;
            }
            exact.put(p.getName(), p);
            lower.put(lowerName, p);
        }
        return new InstanceFilter(cls, exact, lower, includeClassOrigin);
    }

    ClassInfo classInfo() {
        return cls;
    }

    CIMInstance apply(CIMInstance instance, String namespace) {
        CIMProperty<?>[] props = instance.getProperties();
        CIMProperty<?>[] out = null;
        int n = 0;
        for (int i = 0; i < props.length; i++) {
            CIMProperty<?> p = props[i];
            CIMClassProperty<?> declared = exact.get(p.getName());
            if (declared == null) {
                declared = lower.get(p.getName().toLowerCase(Locale.ROOT));
            }
            CIMProperty<?> kept = declared == null ? null : shape(p, declared);
            if (kept != p && out == null) {
                out = new CIMProperty<?>[props.length];
                System.arraycopy(props, 0, out, 0, i);
                n = i;
            }
            if (out != null && kept != null) {
                out[n++] = kept;
            }
        }
        CIMObjectPath path = instance.getObjectPath();
        CIMObjectPath fullPath = path == null ? null : Paths.withNamespace(path, namespace);
        if (out == null && fullPath == path) {
            return instance;
        }
        CIMProperty<?>[] finalProps = out == null ? props : n == out.length ? out : java.util.Arrays.copyOf(out, n);
        return new CIMInstance(fullPath, finalProps);
    }

    private CIMProperty<?> shape(CIMProperty<?> p, CIMClassProperty<?> declared) {
        String origin = classOrigin ? declared.getOriginClass() : null;
        String current = p.getOriginClass();
        boolean originRight = origin == null ? current == null : origin.equals(current);
        if (originRight) {
            return p;
        }
        return copy(p, origin);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CIMProperty<?> copy(CIMProperty<?> p, String origin) {
        return new CIMProperty(p.getName(), p.getDataType(), p.getValue(), p.isKey(), p.isPropagated(), origin);
    }
}
