package org.vemanager.wbem.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.MofRepository;

/**
 * The classes the server serves, by namespace: qualifier types, classes with inheritance resolved,
 * and the subclass index. Built once from one or more {@link MofRepository} objects, then immutable
 * and safe to read from any thread. Names are case-insensitive; namespace names are normalised (no
 * leading or trailing '/', '\' read as '/') and may have aliases ({@code interop} →
 * {@code root/interop}).
 */
public final class ClassRepository {

    private final Map<String, Namespace> namespaces;
    private final Map<String, String> aliases;
    private final Set<String> namespaceNames;

    private ClassRepository(Map<String, Namespace> namespaces, Map<String, String> aliases) {
        this.namespaces = namespaces;
        this.aliases = aliases;
        TreeSet<String> names = new TreeSet<>();
        namespaces.values().forEach(ns -> names.add(ns.name));
        this.namespaceNames = Collections.unmodifiableSet(names);
    }

    /** A repository of every namespace in {@code repositories}, with the {@code interop} alias. */
    public static ClassRepository of(MofRepository... repositories) {
        Builder builder = builder();
        for (MofRepository repository : repositories) {
            builder.add(repository);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Normalises a namespace name as clients write it: trims, '\' → '/', no leading/trailing '/'. */
    public static String normalize(String namespace) {
        if (namespace == null) {
            return "";
        }
        String ns = namespace.trim().replace('\\', '/');
        int start = 0;
        int end = ns.length();
        while (start < end && ns.charAt(start) == '/') {
            start++;
        }
        while (end > start && ns.charAt(end - 1) == '/') {
            end--;
        }
        return ns.substring(start, end);
    }

    /** The canonical name of {@code namespace} (normalised, alias resolved), or null when unknown. */
    public String resolveNamespace(String namespace) {
        String key = normalize(namespace).toLowerCase(Locale.ROOT);
        String target = aliases.get(key);
        Namespace ns = namespaces.get(target != null ? target : key);
        return ns == null ? null : ns.name;
    }

    public Set<String> namespaces() {
        return namespaceNames;
    }

    /** The class, or null when the namespace or class is unknown. */
    public ClassInfo classInfo(String namespace, String className) {
        Namespace ns = namespace(namespace);
        return ns == null || className == null ? null : ns.lookup(className);
    }

    /** The class definition with inheritance resolved, or null. */
    public CIMClass getClass(String namespace, String className) {
        ClassInfo info = classInfo(namespace, className);
        return info == null ? null : info.cimClass();
    }

    /** Classes without a superclass, in declaration order. */
    public List<ClassInfo> rootClasses(String namespace) {
        Namespace ns = namespace(namespace);
        return ns == null ? List.of() : ns.roots;
    }

    /** Every class of the namespace in declaration order (superclasses first). */
    public Collection<ClassInfo> classes(String namespace) {
        Namespace ns = namespace(namespace);
        return ns == null ? List.of() : ns.ordered;
    }

    /** Association classes of the namespace. */
    public List<ClassInfo> associations(String namespace) {
        Namespace ns = namespace(namespace);
        return ns == null ? List.of() : ns.associations;
    }

    public Collection<CIMQualifierType<?>> qualifierTypes(String namespace) {
        Namespace ns = namespace(namespace);
        return ns == null ? List.of() : ns.qualifiers.values();
    }

    public CIMQualifierType<?> qualifierType(String namespace, String name) {
        Namespace ns = namespace(namespace);
        return ns == null || name == null ? null : ns.qualifiers.get(name.toLowerCase(Locale.ROOT));
    }

    private Namespace namespace(String namespace) {
        if (namespace == null) {
            return null;
        }
        Namespace ns = namespaces.get(namespace);
        if (ns != null) {
            return ns;
        }
        String canonical = resolveNamespace(namespace);
        return canonical == null ? null : namespaces.get(canonical.toLowerCase(Locale.ROOT));
    }

    private static final class Namespace {
        final String name;
        final Map<String, ClassInfo> exact = new HashMap<>();
        final Map<String, ClassInfo> lower = new HashMap<>();
        final List<ClassInfo> ordered = new ArrayList<>();
        final List<ClassInfo> roots = new ArrayList<>();
        final List<ClassInfo> associations = new ArrayList<>();
        final Map<String, CIMQualifierType<?>> qualifiers = new LinkedHashMap<>();

        Namespace(String name) {
            this.name = name;
        }

        ClassInfo lookup(String className) {
            ClassInfo info = exact.get(className);
            return info != null ? info : lower.get(className.toLowerCase(Locale.ROOT));
        }
    }

    /** Collects classes and qualifier types, then resolves the subclass index once. */
    public static final class Builder {
        private final Map<String, String> namespaceSpelling = new LinkedHashMap<>();
        private final Map<String, Map<String, CIMClass>> classes = new LinkedHashMap<>();
        private final Map<String, Map<String, CIMQualifierType<?>>> qualifiers = new LinkedHashMap<>();
        private final Map<String, String> aliases = new HashMap<>();

        private Builder() {
            alias("interop", "root/interop");
        }

        /** Adds every namespace of {@code repository}; a class declared twice is an error. */
        public Builder add(MofRepository repository) {
            for (String ns : repository.namespaces()) {
                namespace(ns);
                repository.qualifierTypes(ns).forEach(q -> addQualifierType(ns, q));
                repository.classes(ns).forEach(c -> addClass(ns, c));
            }
            return this;
        }

        /** Declares a namespace, even an empty one. */
        public Builder namespace(String namespace) {
            String ns = normalize(namespace);
            if (ns.isEmpty()) {
                throw new IllegalArgumentException("empty namespace name");
            }
            String key = ns.toLowerCase(Locale.ROOT);
            namespaceSpelling.putIfAbsent(key, ns);
            classes.computeIfAbsent(key, k -> new LinkedHashMap<>());
            qualifiers.computeIfAbsent(key, k -> new LinkedHashMap<>());
            return this;
        }

        /** {@code alias} names {@code namespace} too (when that namespace exists at build time). */
        public Builder alias(String alias, String namespace) {
            aliases.put(normalize(alias).toLowerCase(Locale.ROOT), normalize(namespace).toLowerCase(Locale.ROOT));
            return this;
        }

        /** Adds a class whose inheritance is already resolved; its superclass must come first. */
        public Builder addClass(String namespace, CIMClass cimClass) {
            namespace(namespace);
            String key = normalize(namespace).toLowerCase(Locale.ROOT);
            Map<String, CIMClass> byName = classes.get(key);
            String name = cimClass.getName().toLowerCase(Locale.ROOT);
            if (byName.containsKey(name)) {
                throw new IllegalStateException("class " + cimClass.getName() + " declared twice in " + namespace);
            }
            byName.put(name, cimClass);
            return this;
        }

        public Builder addQualifierType(String namespace, CIMQualifierType<?> type) {
            namespace(namespace);
            String key = normalize(namespace).toLowerCase(Locale.ROOT);
            qualifiers.get(key).putIfAbsent(type.getName().toLowerCase(Locale.ROOT), type);
            return this;
        }

        public ClassRepository build() {
            Map<String, Namespace> built = new HashMap<>();
            for (Map.Entry<String, Map<String, CIMClass>> entry : classes.entrySet()) {
                Namespace ns = new Namespace(namespaceSpelling.get(entry.getKey()));
                ns.qualifiers.putAll(qualifiers.get(entry.getKey()));
                for (CIMClass c : entry.getValue().values()) {
                    resolve(ns, entry.getValue(), c);
                }
                ns.ordered.forEach(ClassInfo::freeze);
                built.put(entry.getKey(), ns);
            }
            Map<String, String> resolvedAliases = new HashMap<>();
            aliases.forEach((alias, target) -> {
                if (built.containsKey(target) && !built.containsKey(alias)) {
                    resolvedAliases.put(alias, target);
                }
            });
            return new ClassRepository(Map.copyOf(built), Map.copyOf(resolvedAliases));
        }

        private static ClassInfo resolve(Namespace ns, Map<String, CIMClass> all, CIMClass c) {
            ClassInfo existing = ns.lookup(c.getName());
            if (existing != null) {
                return existing;
            }
            ClassInfo parent = null;
            String superName = c.getSuperClassName();
            if (superName != null && !superName.isEmpty()) {
                CIMClass superClass = all.get(superName.toLowerCase(Locale.ROOT));
                if (superClass == null) {
                    throw new IllegalStateException("class " + c.getName() + " in " + ns.name + " has unknown superclass " + superName);
                }
                parent = resolve(ns, all, superClass);
            }
            ClassInfo info = new ClassInfo(ns.name, c, parent);
            ns.exact.put(c.getName(), info);
            ns.lower.put(c.getName().toLowerCase(Locale.ROOT), info);
            ns.ordered.add(info);
            if (parent == null) {
                ns.roots.add(info);
            } else {
                parent.addChild(info);
            }
            if (info.isAssociation()) {
                ns.associations.add(info);
            }
            return info;
        }

        @Override
        public String toString() {
            return "ClassRepository.Builder" + Objects.toString(namespaceSpelling.values());
        }
    }
}
