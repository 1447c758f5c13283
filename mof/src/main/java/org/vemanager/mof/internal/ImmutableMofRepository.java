package org.vemanager.mof.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.MofRepository;

/** A {@link MofRepository} frozen at the end of a successful compilation. */
final class ImmutableMofRepository implements MofRepository {

    private record Namespace(String name, List<CIMQualifierType<?>> qualifierTypes, Map<String, CIMClass> classes,
        List<CIMInstance> instances) {
    }

    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    private final Set<String> names;

    ImmutableMofRepository(Collection<NamespaceContent> contents) {
        Set<String> declared = new LinkedHashSet<>();
        for (NamespaceContent c : contents) {
            declared.add(c.name);
            namespaces.put(key(c.name), new Namespace(c.name, List.copyOf(c.qualifierTypes.values()),
                Collections.unmodifiableMap(new LinkedHashMap<>(c.classes)), List.copyOf(c.instances)));
        }
        this.names = Collections.unmodifiableSet(declared);
    }

    @Override
    public Set<String> namespaces() {
        return names;
    }

    @Override
    public Collection<CIMQualifierType<?>> qualifierTypes(String namespace) {
        Namespace ns = namespaces.get(key(namespace));
        return ns == null ? List.of() : ns.qualifierTypes();
    }

    @Override
    public Collection<CIMClass> classes(String namespace) {
        Namespace ns = namespaces.get(key(namespace));
        return ns == null ? List.of() : Collections.unmodifiableCollection(ns.classes().values());
    }

    @Override
    public CIMClass getClass(String namespace, String className) {
        Namespace ns = namespaces.get(key(namespace));
        return ns == null || className == null ? null : ns.classes().get(key(className));
    }

    @Override
    public Collection<CIMInstance> instances(String namespace) {
        Namespace ns = namespaces.get(key(namespace));
        return ns == null ? List.of() : ns.instances();
    }

    /** Namespace names compare case-insensitively, as DSP0004 says; leading/trailing slashes do not count. */
    static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = n.length();
        while (start < end && n.charAt(start) == '/') {
            start++;
        }
        while (end > start && n.charAt(end - 1) == '/') {
            end--;
        }
        return n.substring(start, end);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Namespace ns : namespaces.values()) {
            parts.add(ns.name() + ": " + ns.qualifierTypes().size() + " qualifier types, " + ns.classes().size() + " classes, "
                + ns.instances().size() + " instances");
        }
        return "MofRepository" + parts;
    }
}
