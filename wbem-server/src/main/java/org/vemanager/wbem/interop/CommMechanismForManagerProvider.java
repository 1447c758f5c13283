package org.vemanager.wbem.interop;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_CommMechanismForManager: the object manager (Antecedent) is reached through CIM-XML (Dependent). */
public final class CommMechanismForManagerProvider extends ComputedAssociationProvider {

    private final InteropClassNames names;
    private final ObjectManagerProvider objectManager;
    private final CommunicationMechanismProvider mechanism;

    public CommMechanismForManagerProvider(InteropClassNames names, ObjectManagerProvider objectManager,
            CommunicationMechanismProvider mechanism) {
        this.names = names;
        this.objectManager = objectManager;
        this.mechanism = mechanism;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.commMechanismForManager());
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        CIMObjectPath path = Paths.association(InteropNamespace.NAME, names.commMechanismForManager(),
                Paths.reference("Antecedent", "CIM_ObjectManager", objectManager.path()),
                Paths.reference("Dependent", "CIM_ObjectManagerCommunicationMechanism", mechanism.path()));
        return List.of(Paths.instance(path));
    }
}
