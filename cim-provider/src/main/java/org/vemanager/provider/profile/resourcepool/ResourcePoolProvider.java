package org.vemanager.provider.profile.resourcepool;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/** VEM_ResourcePool: the host's processor and memory pools, one per libvirt storage pool and network. */
public final class ResourcePoolProvider implements InstanceProvider {

    public static final String CLASS = "VEM_ResourcePool";

    private final ResourcePools pools;

    public ResourcePoolProvider(ResourcePools pools) {
        this.pools = pools;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CLASS);
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (CIMInstance pool : pools.instances(pools.read())) {
            sink.accept(pool);
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return pools.instance(pools.read(), ResourcePools.idOf(path));
    }
}
