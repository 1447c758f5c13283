package org.vemanager.provider.profile.systemvirtualization;

import java.util.List;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.support.HostExtensions;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.SourcedAssociationProvider;
import org.vemanager.provider.support.VirtHost;

/**
 * VEM_HostedService: Antecedent = a system, Dependent = a service it hosts. The links come from a list of
 * sources that the parts of the host fill ({@link HostExtensions#hostedServices()}): the host and its
 * VirtualSystemManagementService, the pool configuration and snapshot services, and whatever services
 * other parts host (in guests, say).
 */
public final class HostedServiceProvider extends SourcedAssociationProvider {

    public HostedServiceProvider(VirtHost host, List<LinkSource> sources) {
        super(host, CimNames.HOSTED_SERVICE, "Antecedent", "Dependent", sources);
    }
}
