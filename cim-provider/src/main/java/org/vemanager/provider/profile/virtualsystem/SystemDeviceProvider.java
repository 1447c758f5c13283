package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/** VEM_SystemDevice: GroupComponent = a virtual system, PartComponent = each of its logical devices. */
public final class SystemDeviceProvider extends BinaryAssociationProvider {

    private final ComputerSystemProvider systems;
    private final List<DeviceProvider> devices;

    public SystemDeviceProvider(VirtHost host, ComputerSystemProvider systems, List<DeviceProvider> devices) {
        super(host, CimNames.SYSTEM_DEVICE, "GroupComponent", "PartComponent");
        this.systems = systems;
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
        return orNone(() -> Paths.isClass(object, CimNames.COMPUTER_SYSTEM)
                ? links(systems.view(object))
                : links(host.domain(DeviceProvider.systemUuidOf(object))));
    }

    private List<Link> links(DomainView view) {
        CIMObjectPath system = systems.path(view.uuid());
        List<Link> out = new ArrayList<>();
        for (DeviceProvider provider : devices) {
            for (DeviceProvider.Device device : provider.devicesOf(view)) {
                out.add(new Link(system, device.path()));
            }
        }
        return out;
    }
}
