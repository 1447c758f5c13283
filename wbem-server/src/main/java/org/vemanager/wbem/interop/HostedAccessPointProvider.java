package org.vemanager.wbem.interop;

import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.RequestContext;

/** CIM_HostedAccessPoint: the hosting system (Antecedent) hosts the CIM-XML access point (Dependent). */
public final class HostedAccessPointProvider extends ComputedAssociationProvider {

    private final ServerIdentity identity;
    private final InteropClassNames names;
    private final CommunicationMechanismProvider mechanism;

    public HostedAccessPointProvider(ServerIdentity identity, InteropClassNames names, CommunicationMechanismProvider mechanism) {
        this.identity = identity;
        this.names = names;
        this.mechanism = mechanism;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.hostedAccessPoint());
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        CIMObjectPath path = Paths.association(InteropNamespace.NAME, names.hostedAccessPoint(),
                Paths.reference("Antecedent", "CIM_System", identity.systemPath()),
                Paths.reference("Dependent", "CIM_ServiceAccessPoint", mechanism.path()));
        return List.of(Paths.instance(path));
    }
}
