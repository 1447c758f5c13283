package org.vemanager.wbem.query;

import org.metricshub.wbem.javax.cim.CIMClass;
import org.vemanager.mof.MofRepository;

/**
 * A {@link ClassHierarchy} read from the served class repository: walks superclasses in the first
 * namespace that defines the class. Indications and their embedded instances name classes that the
 * served MOF declares in every namespace that uses them (CIM_InstModification exists in root/virt
 * and root/interop alike), so one hierarchy across namespaces is enough for filters.
 */
public final class RepositoryHierarchy implements ClassHierarchy {

    /** Guards against a cyclic repository, which the compiler should never produce. */
    private static final int MAX_DEPTH = 64;

    private final MofRepository repository;

    public RepositoryHierarchy(MofRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean isA(String className, String ancestorName) {
        if (className.equalsIgnoreCase(ancestorName)) {
            return true;
        }
        for (String namespace : repository.namespaces()) {
            CIMClass current = repository.getClass(namespace, className);
            for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
                String parent = current.getSuperClassName();
                if (parent == null || parent.isEmpty()) {
                    break;
                }
                if (parent.equalsIgnoreCase(ancestorName)) {
                    return true;
                }
                current = repository.getClass(namespace, parent);
            }
        }
        return false;
    }
}
