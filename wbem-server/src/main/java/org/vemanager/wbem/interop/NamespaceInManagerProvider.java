package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_NamespaceInManager: the object manager (Antecedent) holds each namespace (Dependent). */
public final class NamespaceInManagerProvider extends ComputedAssociationProvider {

    private final ObjectManagerProvider objectManager;
    private final NamespaceProvider namespaces;

    public NamespaceInManagerProvider(InteropClassNames names, ObjectManagerProvider objectManager, NamespaceProvider namespaces) {
        super(names.namespaceInManager(), "Antecedent", "CIM_ObjectManager", "Dependent", "CIM_Namespace");
        this.objectManager = objectManager;
        this.namespaces = namespaces;
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        List<CIMInstance> result = new ArrayList<>();
        for (String namespace : namespaces.namespaceNames()) {
            result.add(link(objectManager.path(), namespaces.path(namespace)));
        }
        return result;
    }
}
