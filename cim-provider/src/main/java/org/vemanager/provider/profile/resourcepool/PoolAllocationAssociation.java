package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * An association from a pool (Antecedent) to what each of its allocations puts on the Dependent side.
 * Both allocation associations walk the same {@link ResourcePools.Allocation}s, looking only at one pool's
 * allocations when asked from a pool; the subclass says which paths one allocation links to.
 */
abstract class PoolAllocationAssociation extends BinaryAssociationProvider {

    private final ResourcePools pools;

    PoolAllocationAssociation(ResourcePools pools, String className) {
        super(pools.host(), className, "Antecedent", "Dependent");
        this.pools = pools;
    }

    /** The Dependent ends that {@code allocation} links its pool to. */
    protected abstract List<CIMObjectPath> dependents(ResourcePools.Allocation allocation);

    @Override
    protected final List<Link> all() throws CimException {
        return links(pools.read().allocations());
    }

    @Override
    protected final List<Link> linksOf(CIMObjectPath object) throws CimException {
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
            for (CIMObjectPath dependent : dependents(a)) {
                out.add(new Link(pools.path(a.pool()), dependent));
            }
        }
        return out;
    }
}
