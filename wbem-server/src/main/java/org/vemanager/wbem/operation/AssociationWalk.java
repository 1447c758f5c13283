package org.vemanager.wbem.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.repository.ClassInfo;
import org.vemanager.wbem.spi.AssociationProvider;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.RequestContext;

/**
 * Derives References and Associators from the providers' one question ("which associations of this
 * class reference that object?"): picks the association classes whose references can point at the
 * object (AssocClass/ResultClass and Role narrowing the choice), asks their providers, filters again
 * (a provider may over-answer), and finds the far ends (ResultRole, ResultClass by ISA, each far end
 * once).
 */
final class AssociationWalk {

    private final Backend backend;

    AssociationWalk(Backend backend) {
        this.backend = backend;
    }

    /** Receives an association instance that references the target through {@code role}. */
    @FunctionalInterface
    interface ReferenceSink {
        void accept(ClassInfo association, CIMInstance instance, String role) throws CimException;
    }

    /** Receives one far end (already filtered and deduplicated). */
    @FunctionalInterface
    interface FarEndSink {
        void accept(ClassInfo farClass, CIMObjectPath farPath) throws CimException;
    }

    /**
     * The association classes with a provider that may reference an instance of {@code target}
     * through {@code role} (any role when null), limited to subclasses of {@code assocFilter}.
     */
    List<ClassInfo> associationClasses(String ns, ClassInfo target, ClassInfo assocFilter, String role) {
        List<ClassInfo> result = new ArrayList<>();
        for (ClassInfo assoc : backend.classes.associations(ns)) {
            if (backend.providers.associationProvider(assoc) == null || assocFilter != null && !assoc.isA(assocFilter)) {
                continue;
            }
            if (!roles(ns, assoc, target, role).isEmpty()) {
                result.add(assoc);
            }
        }
        return result;
    }

    /** The reference properties of {@code assoc} through which it may point at an instance of {@code target}. */
    List<CIMClassProperty<?>> roles(String ns, ClassInfo assoc, ClassInfo target, String role) {
        List<CIMClassProperty<?>> roles = new ArrayList<>(2);
        for (CIMClassProperty<?> ref : assoc.references()) {
            if (role != null && !ref.getName().equalsIgnoreCase(role)) {
                continue;
            }
            String refClass = ref.getDataType().getRefClassName();
            ClassInfo declared = refClass == null ? null : backend.classes.classInfo(ns, refClass);
            if (declared == null || target.isA(declared) || declared.isA(target)) {
                roles.add(ref);
            }
        }
        return roles;
    }

    /** Asks {@code assoc}'s provider and passes on each instance that truly references {@code target}. */
    void references(RequestContext ctx, ClassInfo assoc, CIMObjectPath target, String role, ReferenceSink sink)
            throws CimException {
        AssociationProvider provider = backend.providers.associationProvider(assoc);
        String targetId = Paths.identity(target);
        provider.references(ctx, assoc.name(), target, role, instance -> {
            for (CIMProperty<?> p : instance.getProperties()) {
                if (p.getValue() instanceof CIMObjectPath ref && (role == null || p.getName().equalsIgnoreCase(role))
                        && Paths.identity(ref).equals(targetId)) {
                    sink.accept(assoc, instance, p.getName());
                }
            }
        });
    }

    /** Far-end filter state for one Associators walk: ResultRole, ResultClass, and the far ends already seen. */
    final class FarEnds {
        private final String ns;
        private final String resultRole;
        private final ClassInfo resultClass;
        private final Set<String> seen = new HashSet<>();

        FarEnds(String ns, String resultRole, ClassInfo resultClass) {
            this.ns = ns;
            this.resultRole = resultRole;
            this.resultClass = resultClass;
        }

        /** The far ends of {@code association} seen from its property {@code role}. */
        void of(CIMInstance association, String role, FarEndSink sink) throws CimException {
            for (CIMProperty<?> p : association.getProperties()) {
                if (!(p.getValue() instanceof CIMObjectPath far) || p.getName().equalsIgnoreCase(role)
                        || p.getDataType() == null || p.getDataType().getType() != CIMDataType.REFERENCE) {
                    continue;
                }
                if (resultRole != null && !p.getName().equalsIgnoreCase(resultRole)) {
                    continue;
                }
                String farNs = far.getNamespace() == null || far.getNamespace().isEmpty() ? ns
                    : backend.classes.resolveNamespace(far.getNamespace());
                ClassInfo farClass = farNs == null ? null : backend.classes.classInfo(farNs, far.getObjectName());
                if (farClass == null || resultClass != null && !farClass.isA(resultClass.name())) {
                    continue;
                }
                if (seen.add(farNs + "|" + Paths.identity(far))) {
                    sink.accept(farClass, Paths.withNamespace(far, farNs));
                }
            }
        }
    }
}
