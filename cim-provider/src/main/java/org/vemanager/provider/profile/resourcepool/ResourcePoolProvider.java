package org.vemanager.provider.profile.resourcepool;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * The host's pools, one class per kind under VEM_ResourcePool (which has no instances of its own, so
 * enumerating it lists them all): VEM_ProcessorPool and VEM_MemoryPool (one each), VEM_DiskPool per
 * libvirt storage pool, VEM_NetworkPool per libvirt network.
 */
public final class ResourcePoolProvider implements InstanceProvider {

    public static final String CLASS = "VEM_ResourcePool";

    private final ResourcePools pools;

    public ResourcePoolProvider(ResourcePools pools) {
        this.pools = pools;
    }

    @Override
    public Set<String> classNames() {
        return Arrays.stream(PoolKind.values()).map(PoolKind::className).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (CIMInstance pool : pools.instances(pools.read())) {
            if (pool.getClassName().equalsIgnoreCase(className)) {
                sink.accept(pool);
            }
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        CIMInstance pool = pools.instance(pools.read(), ResourcePools.idOf(path));
        if (!pool.getClassName().equalsIgnoreCase(path.getObjectName())) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + path.getObjectName() + " " + Paths.keyValue(path, "InstanceID"));
        }
        return pool;
    }
}
