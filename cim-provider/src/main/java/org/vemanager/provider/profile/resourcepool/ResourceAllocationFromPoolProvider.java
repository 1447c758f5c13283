package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ResourceAllocationFromPool: a pool (Antecedent) to each RASD of a virtual system's definition that
 * draws on it (Dependent), whether the system is running or not.
 */
public final class ResourceAllocationFromPoolProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_ResourceAllocationFromPool";

    private final ResourcePools pools;

    public ResourceAllocationFromPoolProvider(ResourcePools pools) {
        super(pools.host(), CLASS, "Antecedent", "Dependent");
        this.pools = pools;
    }

    @Override
    protected List<Link> all() throws CimException {
        return links(pools.read().allocations());
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (ResourcePools.isPool(object)) {
            return orNone(() -> links(ResourcePools.allocationsOf(pools.read(), ResourcePools.idOf(object))));
        }
        List<Link> out = new ArrayList<>();
        for (Link link : all()) {
            if (Paths.same(link.right(), object)) {
                out.add(link);
            }
        }
        return out;
    }

    private List<Link> links(List<ResourcePools.Allocation> allocations) {
        List<Link> out = new ArrayList<>();
        for (ResourcePools.Allocation a : allocations) {
            out.add(new Link(pools.path(a.pool()), a.rasd().getObjectPath()));
        }
        return out;
    }
}
