package org.vemanager.provider.profile.systemvirtualization;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/** VEM_HostedService: Antecedent = the host, Dependent = its VirtualSystemManagementService. */
public final class HostedServiceProvider extends BinaryAssociationProvider {

    private final HostSystemProvider hostSystem;
    private final VirtualSystemManagementServiceProvider service;

    public HostedServiceProvider(VirtHost host, HostSystemProvider hostSystem, VirtualSystemManagementServiceProvider service) {
        super(host, CimNames.HOSTED_SERVICE, "Antecedent", "Dependent");
        this.hostSystem = hostSystem;
        this.service = service;
    }

    @Override
    protected List<Link> all() throws CimException {
        return List.of(new Link(hostSystem.path(), service.path()));
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        return Paths.same(object, hostSystem.path()) || Paths.same(object, service.path()) ? all() : List.of();
    }
}
