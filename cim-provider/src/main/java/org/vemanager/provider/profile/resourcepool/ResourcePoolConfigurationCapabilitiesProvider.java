package org.vemanager.provider.profile.resourcepool;

import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_ResourcePoolConfigurationCapabilities: which methods of the host's pool configuration service
 * work, linked to the service by VEM_ElementCapabilities. CreateChildResourcePool (3) and
 * DeleteResourcePool (4) block until done (libvirt answers in milliseconds), and so do our volume
 * methods, listed with vendor values: 32768 CreateResourceInPool, 32769 DeleteResourceInPool.
 */
public final class ResourcePoolConfigurationCapabilitiesProvider implements InstanceProvider {

    public static final String CLASS = "VEM_ResourcePoolConfigurationCapabilities";
    public static final String INSTANCE_ID = CimNames.INSTANCE_ID_PREFIX + "pool-service-capabilities";

    private static final long CREATE_CHILD_POOL = 3;
    private static final long DELETE_POOL = 4;
    private static final long CREATE_VOLUME = 32768;
    private static final long DELETE_VOLUME = 32769;

    private final VirtHost host;

    public ResourcePoolConfigurationCapabilitiesProvider(VirtHost host) {
        this.host = host;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(CLASS);
    }

    public CIMObjectPath path() {
        return InstanceBuilder.path(host.namespace(), CLASS, InstanceBuilder.stringKey("InstanceID", INSTANCE_ID));
    }

    public CIMInstance instance() {
        return new InstanceBuilder(host.namespace(), CLASS)
                .key("InstanceID", INSTANCE_ID)
                .string("ElementName", "Resource pool configuration capabilities")
                .uint32s("SynchronousMethodsSupported", CREATE_CHILD_POOL, DELETE_POOL, CREATE_VOLUME, DELETE_VOLUME)
                .uint32s("AsynchronousMethodsSupported")
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        sink.accept(instance());
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        if (!Paths.same(path, path())) {
            throw new CimException(CimStatus.NOT_FOUND, "no " + CLASS + " " + Paths.keyValue(path, "InstanceID"));
        }
        return instance();
    }
}
