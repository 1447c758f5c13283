package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_ElementAllocatedFromPool: a pool (Antecedent) to each virtual device allocated from it
 * (Dependent): vCPUs from the processor pool, memory from the memory pool, logical disks from the
 * storage pool holding their image, network ports from the network they connect to. Device paths are
 * the ones the virtual system providers serve.
 */
public final class ElementAllocatedFromPoolProvider extends BinaryAssociationProvider {

    public static final String CLASS = "VEM_ElementAllocatedFromPool";

    private final ResourcePools pools;

    public ElementAllocatedFromPoolProvider(ResourcePools pools) {
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
            for (CIMObjectPath device : a.devices()) {
                out.add(new Link(pools.path(a.pool()), device));
            }
        }
        return out;
    }
}
