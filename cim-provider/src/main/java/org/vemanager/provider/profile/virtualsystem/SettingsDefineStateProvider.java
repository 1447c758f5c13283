package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_SettingsDefineState: ManagedElement → SettingData for a virtual system and its VSSD (DSP1057) and
 * for each logical device and the RASD that allocated it (DSP1041).
 */
public final class SettingsDefineStateProvider extends BinaryAssociationProvider {

    private final ComputerSystemProvider systems;
    private final VirtualSystemSettingDataProvider settings;
    private final List<DeviceProvider> devices;

    public SettingsDefineStateProvider(VirtHost host, ComputerSystemProvider systems, VirtualSystemSettingDataProvider settings,
            List<DeviceProvider> devices) {
        super(host, CimNames.SETTINGS_DEFINE_STATE, "ManagedElement", "SettingData");
        this.systems = systems;
        this.settings = settings;
        this.devices = List.copyOf(devices);
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            out.addAll(links(view));
        }
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        return orNone(() -> links(host.domain(systemOf(object))));
    }

    /** The UUID of the system any end of this association belongs to. */
    private static String systemOf(CIMObjectPath object) throws CimException {
        if (Paths.isClass(object, CimNames.COMPUTER_SYSTEM)) {
            return ComputerSystemProvider.uuidOf(object);
        }
        if (Paths.isClass(object, CimNames.VSSD)) {
            return VirtualSystemSettingDataProvider.uuidOf(object);
        }
        if (ResourceKind.ofClassName(object.getObjectName()).isPresent()) {
            Optional<InstanceIds.Parsed> id = InstanceIds.parse(String.valueOf(Paths.keyValue(object, "InstanceID")));
            if (id.isPresent()) {
                return id.get().uuid();
            }
        }
        return DeviceProvider.systemUuidOf(object);
    }

    private List<Link> links(DomainView view) {
        List<Link> out = new ArrayList<>();
        out.add(new Link(systems.path(view.uuid()), settings.path(view.uuid())));
        for (DeviceProvider provider : devices) {
            for (DeviceProvider.Device device : provider.devicesOf(view)) {
                Optional<InstanceIds.Parsed> id = InstanceIds.parse(device.rasdInstanceId());
                String rasdClass = id.flatMap(InstanceIds.Parsed::kind).map(ResourceKind::className).orElseThrow();
                out.add(new Link(device.path(), InstanceBuilder.path(host.namespace(), rasdClass,
                        InstanceBuilder.stringKey("InstanceID", device.rasdInstanceId()))));
            }
        }
        return out;
    }
}
