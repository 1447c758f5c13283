package org.vemanager.wbem.interop;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_HostedAccessPoint: the hosting system (Antecedent) hosts the CIM-XML access point (Dependent). */
public final class HostedAccessPointProvider extends ComputedAssociationProvider {

    private final ServerIdentity identity;
    private final CommunicationMechanismProvider mechanism;

    public HostedAccessPointProvider(ServerIdentity identity, InteropClassNames names, CommunicationMechanismProvider mechanism) {
        super(names.hostedAccessPoint(), "Antecedent", "CIM_System", "Dependent", "CIM_ServiceAccessPoint");
        this.identity = identity;
        this.mechanism = mechanism;
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        return List.of(link(identity.systemPath(), mechanism.path()));
    }
}
