package org.vemanager.mof;

import java.util.Collection;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMQualifierType;

/**
 * What a successful MOF compilation produced, by namespace: qualifier types, classes with
 * inheritance resolved (each class carries its inherited properties and methods, with class origin
 * and propagated flags set as DSP0004 says) and instances. Immutable once built; a compilation that
 * fails produces no repository at all.
 */
public interface MofRepository {

    /** Every namespace that received a declaration, e.g. {@code root/virt}. */
    Set<String> namespaces();

    Collection<CIMQualifierType<?>> qualifierTypes(String namespace);

    /** Classes in declaration order (a superclass always before its subclasses). */
    Collection<CIMClass> classes(String namespace);

    /** The class named {@code className} (case-insensitive, as CIM names are), or {@code null}. */
    CIMClass getClass(String namespace, String className);

    Collection<CIMInstance> instances(String namespace);
}
