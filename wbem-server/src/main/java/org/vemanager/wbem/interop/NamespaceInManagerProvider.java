package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_NamespaceInManager: the object manager (Antecedent) holds each namespace (Dependent). */
public final class NamespaceInManagerProvider extends ComputedAssociationProvider {

    private final InteropClassNames names;
    private final ObjectManagerProvider objectManager;
    private final NamespaceProvider namespaces;

    public NamespaceInManagerProvider(InteropClassNames names, ObjectManagerProvider objectManager, NamespaceProvider namespaces) {
        this.names = names;
        this.objectManager = objectManager;
        this.namespaces = namespaces;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.namespaceInManager());
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        List<CIMInstance> result = new ArrayList<>();
        for (String namespace : namespaces.namespaceNames()) {
            CIMObjectPath path = Paths.association(InteropNamespace.NAME, names.namespaceInManager(),
                    Paths.reference("Antecedent", "CIM_ObjectManager", objectManager.path()),
                    Paths.reference("Dependent", "CIM_Namespace", namespaces.path(namespace)));
            result.add(Paths.instance(path));
        }
        return result;
    }
}
