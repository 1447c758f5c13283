package org.vemanager.provider.profile.snapshot;

import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.HostSingletonProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_VirtualSystemSnapshotServiceCapabilities: what the snapshot service does here. DestroySnapshot (3)
 * runs synchronously; CreateSnapshot (2) and ApplySnapshot (4) as jobs. SnapshotTypesSupported is 2
 * Full, plus 3 Disk where the hypervisor takes disk-only snapshots (not the test driver).
 */
public final class VirtualSystemSnapshotServiceCapabilitiesProvider extends HostSingletonProvider {

    public static final String CLASS = "VEM_VirtualSystemSnapshotServiceCapabilities";
    public static final String INSTANCE_ID = CimNames.INSTANCE_ID_PREFIX + "snapshot-service-capabilities";

    private final SnapshotSettings settings;
    private final VirtualSystemSnapshotServiceProvider service;

    public VirtualSystemSnapshotServiceCapabilitiesProvider(SnapshotSettings settings, VirtualSystemSnapshotServiceProvider service) {
        super(CLASS);
        this.settings = settings;
        this.service = service;
    }

    @Override
    public CIMObjectPath path() {
        return InstanceBuilder.path(settings.host().namespace(), CLASS, InstanceBuilder.stringKey("InstanceID", INSTANCE_ID));
    }

    @Override
    public CIMInstance instance() throws CimException {
        return new InstanceBuilder(settings.host().namespace(), CLASS)
                .key("InstanceID", INSTANCE_ID)
                .string("ElementName", "Snapshot service capabilities")
                .uint16s("SynchronousMethodsSupported", 3)
                .uint16s("AynchronousMethodsSupported", 2, 4)
                .uint16s("SnapshotTypesSupported", service.supportedTypes())
                .build();
    }

    /** Only the InstanceID is compared: the one key that tells the instance. */
    @Override
    protected boolean names(CIMObjectPath path) {
        return INSTANCE_ID.equals(Paths.keyValue(path, "InstanceID"));
    }

    @Override
    protected String notFound(CIMObjectPath path) {
        return "no " + CLASS + " " + Paths.keyValue(path, "InstanceID");
    }
}
