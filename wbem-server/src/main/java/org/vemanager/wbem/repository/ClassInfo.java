package org.vemanager.wbem.repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMMethod;

/**
 * One class of a namespace with everything the dispatcher asks about it precomputed once: its
 * properties by name (exact spelling first, then case-insensitive), keys, reference properties,
 * methods, ancestors and subclasses. Lookups never allocate on the exact-spelling path. Identity
 * matters: one object per class and namespace, so it can key maps.
 */
public final class ClassInfo {

    private final String namespace;
    private final CIMClass cimClass;
    private final String name;
    private final ClassInfo superClass;
    private final Set<String> ancestorsLower;
    private final Map<String, CIMClassProperty<?>> propertiesExact = new HashMap<>();
    private final Map<String, CIMClassProperty<?>> propertiesLower = new HashMap<>();
    private final Map<String, CIMMethod<?>> methodsLower = new HashMap<>();
    private final List<CIMClassProperty<?>> keys;
    private final List<CIMClassProperty<?>> references;
    private final List<ClassInfo> children = new ArrayList<>();
    private List<ClassInfo> deepSubclasses;

    ClassInfo(String namespace, CIMClass cimClass, ClassInfo superClass) {
        this.namespace = namespace;
        this.cimClass = cimClass;
        this.name = cimClass.getName();
        this.superClass = superClass;
        java.util.HashSet<String> ancestors = new java.util.HashSet<>();
        ancestors.add(name.toLowerCase(Locale.ROOT));
        if (superClass != null) {
            ancestors.addAll(superClass.ancestorsLower);
        }
        this.ancestorsLower = Set.copyOf(ancestors);
        List<CIMClassProperty<?>> keyList = new ArrayList<>();
        List<CIMClassProperty<?>> refList = new ArrayList<>();
        for (CIMClassProperty<?> p : cimClass.getProperties()) {
            propertiesExact.put(p.getName(), p);
            propertiesLower.put(p.getName().toLowerCase(Locale.ROOT), p);
            if (p.isKey()) {
                keyList.add(p);
            }
            if (p.getDataType() != null && p.getDataType().getType() == CIMDataType.REFERENCE && !p.getDataType().isArray()) {
                refList.add(p);
            }
        }
        for (CIMMethod<?> m : cimClass.getMethods()) {
            methodsLower.put(m.getName().toLowerCase(Locale.ROOT), m);
        }
        this.keys = List.copyOf(keyList);
        this.references = List.copyOf(refList);
    }

    public String namespace() {
        return namespace;
    }

    /** The class's own spelling of its name. */
    public String name() {
        return name;
    }

    /** The class with inheritance resolved, as the MOF repository produced it (immutable; never copy it per instance). */
    public CIMClass cimClass() {
        return cimClass;
    }

    public ClassInfo superClass() {
        return superClass;
    }

    public boolean isAssociation() {
        return cimClass.isAssociation();
    }

    /** True when this class is {@code className} or one of its subclasses (case-insensitive). */
    public boolean isA(String className) {
        return ancestorsLower.contains(className.toLowerCase(Locale.ROOT));
    }

    public boolean isA(ClassInfo other) {
        for (ClassInfo c = this; c != null; c = c.superClass) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** The property named {@code propertyName} in any spelling, or null. */
    public CIMClassProperty<?> property(String propertyName) {
        CIMClassProperty<?> p = propertiesExact.get(propertyName);
        return p != null ? p : propertiesLower.get(propertyName.toLowerCase(Locale.ROOT));
    }

    public CIMMethod<?> method(String methodName) {
        return methodsLower.get(methodName.toLowerCase(Locale.ROOT));
    }

    public List<CIMClassProperty<?>> keys() {
        return keys;
    }

    /** Scalar reference properties (for associations: the roles). */
    public List<CIMClassProperty<?>> references() {
        return references;
    }

    /** Direct subclasses. */
    public List<ClassInfo> children() {
        return Collections.unmodifiableList(children);
    }

    /** Every subclass at any depth, parents before children (not including this class). */
    public List<ClassInfo> deepSubclasses() {
        return deepSubclasses;
    }

    void addChild(ClassInfo child) {
        children.add(child);
    }

    void freeze() {
        List<ClassInfo> deep = new ArrayList<>();
        collect(this, deep);
        deepSubclasses = List.copyOf(deep);
    }

    private static void collect(ClassInfo info, List<ClassInfo> into) {
        for (ClassInfo child : info.children) {
            into.add(child);
            collect(child, into);
        }
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
