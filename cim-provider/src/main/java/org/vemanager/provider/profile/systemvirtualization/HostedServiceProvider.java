package org.vemanager.provider.profile.systemvirtualization;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.HostExtensions;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_HostedService: Antecedent = a system, Dependent = a service it hosts. The links come from a list of
 * sources that the parts of the host fill ({@link HostExtensions#hostedServices()}): the host and its
 * VirtualSystemManagementService, the pool configuration and snapshot services, and whatever services
 * other parts host (in guests, say).
 */
public final class HostedServiceProvider extends BinaryAssociationProvider {

    private final List<LinkSource> sources;

    public HostedServiceProvider(VirtHost host, List<LinkSource> sources) {
        super(host, CimNames.HOSTED_SERVICE, "Antecedent", "Dependent");
        this.sources = sources;
    }

    @Override
    protected List<Link> all() throws CimException {
        return HostExtensions.all(sources);
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        return HostExtensions.linksOf(sources, object);
    }
}
