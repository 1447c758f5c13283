package org.vemanager.provider.profile.systemvirtualization;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostSingletonProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_VirtualSystemManagementCapabilities: what the VSMS can do. VirtualSystemTypesSupported lists
 * {@code libvirt:<domain type>} for each domain type in the host's capabilities (an other-org value in
 * the format CIM_VirtualSystemSettingData.VirtualSystemType prescribes; "DMTF:" is reserved for values
 * DMTF defines). Every supported method runs synchronously.
 */
public final class VirtualSystemManagementCapabilitiesProvider extends HostSingletonProvider {

    public static final String INSTANCE_ID = CimNames.INSTANCE_ID_PREFIX + "VirtualSystemManagementCapabilities";
    /** SynchronousMethodsSupported: DefineSystem, DestroySystem, ModifyResourceSettings, ModifySystemSettings,
     * RemoveResources, AddResources. */
    static final int[] SYNCHRONOUS_METHODS = {2, 3, 5, 6, 7, 10};

    private final VirtHost host;

    public VirtualSystemManagementCapabilitiesProvider(VirtHost host) {
        super(CimNames.VSMS_CAPABILITIES);
        this.host = host;
    }

    /** {@code libvirt:kvm} etc. */
    public static String systemType(String domainType) {
        return "libvirt:" + domainType;
    }

    @Override
    public CIMObjectPath path() {
        return InstanceBuilder.path(host.namespace(), CimNames.VSMS_CAPABILITIES, InstanceBuilder.stringKey("InstanceID", INSTANCE_ID));
    }

    @Override
    public CIMInstance instance() throws CimException {
        String[] types = host.identity().domainTypes().stream().map(VirtualSystemManagementCapabilitiesProvider::systemType)
                .toArray(String[]::new);
        return new InstanceBuilder(host.namespace(), CimNames.VSMS_CAPABILITIES)
                .key("InstanceID", INSTANCE_ID)
                .string("ElementName", "Virtual system management capabilities")
                .strings("VirtualSystemTypesSupported", types)
                .uint16s("SynchronousMethodsSupported", SYNCHRONOUS_METHODS)
                .uint16s("AsynchronousMethodsSupported")
                .uint16s("IndicationsSupported")
                .build();
    }

    @Override
    protected String notFound(CIMObjectPath path) {
        return "no " + CimNames.VSMS_CAPABILITIES + " " + Paths.keyValue(path, "InstanceID");
    }
}
