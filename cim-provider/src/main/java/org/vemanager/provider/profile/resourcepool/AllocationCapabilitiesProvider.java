package org.vemanager.provider.profile.resourcepool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_AllocationCapabilities: one per pool, InstanceID {@code VEM:pool/<kind>/<name>/capabilities}.
 * RequestTypesSupported 3 (General: any resource of the pool will do); SharingMode 3 Shared for
 * processors and networks (time-sliced, switched), 2 Dedicated for memory and storage.
 */
public final class AllocationCapabilitiesProvider implements InstanceProvider {

    public static final String CLASS = "VEM_AllocationCapabilities";

    private final ResourcePools pools;

    public AllocationCapabilitiesProvider(ResourcePools pools) {
        this.pools = pools;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CLASS);
    }

    public CIMObjectPath path(PoolId pool) {
        return InstanceBuilder.path(pools.host().namespace(), CLASS, InstanceBuilder.stringKey("InstanceID", pool.capabilitiesId()));
    }

    /** The pool whose capabilities a path names; NOT_FOUND for anything else. */
    public static PoolId poolOf(CIMObjectPath path) throws CimException {
        Object id = Paths.keyValue(path, "InstanceID");
        if (!Paths.isClass(path, CLASS)) {
            throw new CimException(CimStatus.NOT_FOUND, "not allocation capabilities: " + path);
        }
        return PoolId.parseCapabilities(id == null ? null : id.toString())
                .orElseThrow(() -> new CimException(CimStatus.NOT_FOUND, "no allocation capabilities with InstanceID " + id));
    }

    public List<CIMInstance> all(ResourcePools.View view) throws CimException {
        List<CIMInstance> out = new ArrayList<>();
        for (PoolId pool : ResourcePools.ids(view)) {
            out.add(instance(pool, ResourcePools.subType(view, pool)));
        }
        return out;
    }

    private CIMInstance instance(PoolId pool, String subType) {
        boolean shared = pool.kind() == PoolKind.PROCESSOR || pool.kind() == PoolKind.NETWORK;
        return new InstanceBuilder(pools.host().namespace(), CLASS)
                .key("InstanceID", pool.capabilitiesId())
                .string("ElementName", "Allocation capabilities of " + pool.kind().segment() + " pool " + pool.name())
                .uint16("ResourceType", pool.kind().resourceType())
                .string("ResourceSubType", subType)
                .uint16("RequestTypesSupported", 3)
                .uint16("SharingMode", shared ? 3 : 2)
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (CIMInstance caps : all(pools.read())) {
            sink.accept(caps);
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        PoolId pool = poolOf(path);
        ResourcePools.View view = pools.read();
        ResourcePools.requireExists(view, pool);
        return instance(pool, ResourcePools.subType(view, pool));
    }
}
