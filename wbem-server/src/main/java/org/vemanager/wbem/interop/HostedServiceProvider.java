package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_HostedService in the interop namespace: the hosting system (Antecedent, in its own namespace)
 * hosts the object manager and the other services of root/interop, such as the indication service
 * (Dependent), which are added with {@link #host}.
 */
public final class HostedServiceProvider extends ComputedAssociationProvider {

    private final ServerIdentity identity;
    private final List<CIMObjectPath> services = new CopyOnWriteArrayList<>();

    public HostedServiceProvider(ServerIdentity identity, InteropClassNames names, CIMObjectPath objectManager) {
        super(names.hostedService(), "Antecedent", "CIM_System", "Dependent", "CIM_Service");
        this.identity = identity;
        services.add(objectManager);
    }

    /** Adds a service of root/interop hosted by the system. */
    public void host(CIMObjectPath service) {
        services.add(service);
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        List<CIMInstance> result = new ArrayList<>();
        for (CIMObjectPath service : services) {
            result.add(link(identity.systemPath(), service));
        }
        return result;
    }
}
