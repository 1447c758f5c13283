package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider.Link;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The VEM_ElementCapabilities links of DSP1043: each pool (ManagedElement) to its allocation
 * capabilities (Capabilities), which say how resources of the pool are allocated and, through
 * SettingsDefineCapabilities, within which bounds.
 */
public final class PoolCapabilitiesLinks implements LinkSource {

    private final ResourcePools pools;
    private final AllocationCapabilitiesProvider capabilities;

    public PoolCapabilitiesLinks(ResourcePools pools, AllocationCapabilitiesProvider capabilities) {
        this.pools = pools;
        this.capabilities = capabilities;
    }

    @Override
    public List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (PoolId pool : ResourcePools.ids(pools.read())) {
            out.add(link(pool));
        }
        return out;
    }

    @Override
    public List<Link> linksOf(CIMObjectPath object) throws CimException {
        PoolId pool;
        try {
            if (ResourcePools.isPool(object)) {
                pool = ResourcePools.idOf(object);
            } else if (Paths.isClass(object, AllocationCapabilitiesProvider.CLASS)) {
                pool = AllocationCapabilitiesProvider.poolOf(object);
            } else {
                return List.of();
            }
            ResourcePools.requireExists(pools.read(), pool);
        } catch (CimException e) {
            if (e.status() == CimStatus.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
        return List.of(link(pool));
    }

    private Link link(PoolId pool) {
        return new Link(pools.path(pool), capabilities.path(pool));
    }
}
