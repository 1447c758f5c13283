package org.vemanager.provider.profile.resourcepool;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostSingletonProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;

/**
 * VEM_ResourcePoolConfigurationCapabilities: which methods of the host's pool configuration service
 * work, linked to the service by VEM_ElementCapabilities. CreateChildResourcePool (3) and
 * DeleteResourcePool (4) block until done (libvirt answers in milliseconds), and so do our volume
 * methods, listed with vendor values: 32768 CreateResourceInPool, 32769 DeleteResourceInPool.
 */
public final class ResourcePoolConfigurationCapabilitiesProvider extends HostSingletonProvider {

    public static final String CLASS = "VEM_ResourcePoolConfigurationCapabilities";
    public static final String INSTANCE_ID = CimNames.INSTANCE_ID_PREFIX + "pool-service-capabilities";

    private static final long CREATE_CHILD_POOL = 3;
    private static final long DELETE_POOL = 4;
    private static final long CREATE_VOLUME = 32768;
    private static final long DELETE_VOLUME = 32769;

    private final VirtHost host;

    public ResourcePoolConfigurationCapabilitiesProvider(VirtHost host) {
        super(CLASS);
        this.host = host;
    }

    @Override
    public CIMObjectPath path() {
        return InstanceBuilder.path(host.namespace(), CLASS, InstanceBuilder.stringKey("InstanceID", INSTANCE_ID));
    }

    @Override
    public CIMInstance instance() {
        return new InstanceBuilder(host.namespace(), CLASS)
                .key("InstanceID", INSTANCE_ID)
                .string("ElementName", "Resource pool configuration capabilities")
                .uint32s("SynchronousMethodsSupported", CREATE_CHILD_POOL, DELETE_POOL, CREATE_VOLUME, DELETE_VOLUME)
                .uint32s("AsynchronousMethodsSupported")
                .build();
    }

    @Override
    protected String notFound(CIMObjectPath path) {
        return "no " + CLASS + " " + Paths.keyValue(path, "InstanceID");
    }
}
