package org.vemanager.provider.profile.resourcepool;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * VEM_ResourceAllocationFromPool: a pool (Antecedent) to each RASD of a virtual system's definition that
 * draws on it (Dependent), whether the system is running or not.
 */
public final class ResourceAllocationFromPoolProvider extends PoolAllocationAssociation {

    public static final String CLASS = "VEM_ResourceAllocationFromPool";

    public ResourceAllocationFromPoolProvider(ResourcePools pools) {
        super(pools, CLASS);
    }

    @Override
    protected List<CIMObjectPath> dependents(ResourcePools.Allocation allocation) {
        return List.of(allocation.rasd().getObjectPath());
    }
}
