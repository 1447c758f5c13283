package org.vemanager.provider.profile.resourcepool;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * VEM_ElementAllocatedFromPool: a pool (Antecedent) to each virtual device allocated from it
 * (Dependent): vCPUs from the processor pool, memory from the memory pool, logical disks from the
 * storage pool holding their image, network ports from the network they connect to. Device paths are
 * the ones the virtual system providers serve.
 */
public final class ElementAllocatedFromPoolProvider extends PoolAllocationAssociation {

    public static final String CLASS = "VEM_ElementAllocatedFromPool";

    public ElementAllocatedFromPoolProvider(ResourcePools pools) {
        super(pools, CLASS);
    }

    @Override
    protected List<CIMObjectPath> dependents(ResourcePools.Allocation allocation) {
        return allocation.devices();
    }
}
