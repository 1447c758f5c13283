package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.profile.systemvirtualization.HostSystemProvider;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.wbem.spi.CimException;

/** VEM_HostedResourcePool: the host (GroupComponent) to each of its pools (PartComponent). */
public final class HostedResourcePoolProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_HostedResourcePool";

    private final ResourcePools pools;
    private final HostSystemProvider hostSystem;

    public HostedResourcePoolProvider(ResourcePools pools, HostSystemProvider hostSystem) {
        super(pools.host(), CLASS, "GroupComponent", "PartComponent");
        this.pools = pools;
        this.hostSystem = hostSystem;
    }

    @Override
    protected List<Link> all() throws CimException {
        CIMObjectPath hostPath = hostSystem.path();
        List<Link> links = new ArrayList<>();
        for (PoolId pool : ResourcePools.ids(pools.read())) {
            links.add(new Link(hostPath, pools.path(pool)));
        }
        return links;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (ResourcePools.isPool(object)) {
            return orNone(() -> {
                ResourcePools.requireExists(pools.read(), ResourcePools.idOf(object));
                return List.of(new Link(hostSystem.path(), pools.path(ResourcePools.idOf(object))));
            });
        }
        return hostSystem.isThisHost(object) ? all() : List.of();
    }
}
