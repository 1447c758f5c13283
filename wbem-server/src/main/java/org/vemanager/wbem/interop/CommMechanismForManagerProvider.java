package org.vemanager.wbem.interop;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_CommMechanismForManager: the object manager (Antecedent) is reached through CIM-XML (Dependent). */
public final class CommMechanismForManagerProvider extends ComputedAssociationProvider {

    private final ObjectManagerProvider objectManager;
    private final CommunicationMechanismProvider mechanism;

    public CommMechanismForManagerProvider(InteropClassNames names, ObjectManagerProvider objectManager,
            CommunicationMechanismProvider mechanism) {
        super(names.commMechanismForManager(), "Antecedent", "CIM_ObjectManager", "Dependent", "CIM_ObjectManagerCommunicationMechanism");
        this.objectManager = objectManager;
        this.mechanism = mechanism;
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        return List.of(link(objectManager.path(), mechanism.path()));
    }
}
