package org.vemanager.provider.profile.systemvirtualization;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.profile.virtualsystem.ComputerSystemProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/** VEM_HostedDependency: Antecedent = the host, Dependent = each virtual system it hosts. */
public final class HostedDependencyProvider extends BinaryAssociationProvider {

    private final HostSystemProvider hostSystem;
    private final ComputerSystemProvider systems;

    public HostedDependencyProvider(VirtHost host, HostSystemProvider hostSystem, ComputerSystemProvider systems) {
        super(host, CimNames.HOSTED_DEPENDENCY, "Antecedent", "Dependent");
        this.hostSystem = hostSystem;
        this.systems = systems;
    }

    @Override
    protected List<Link> all() throws CimException {
        CIMObjectPath hostPath = hostSystem.path();
        List<Link> out = new ArrayList<>();
        for (String uuid : host.domainUuids()) {
            out.add(new Link(hostPath, systems.path(uuid)));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (hostSystem.isThisHost(object)) {
            return all();
        }
        if (!Paths.isClass(object, CimNames.COMPUTER_SYSTEM)) {
            return List.of();
        }
        return orNone(() -> List.of(new Link(hostSystem.path(), systems.path(systems.view(object).uuid()))));
    }
}
