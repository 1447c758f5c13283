package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.support.BinaryAssociationProvider;
import org.vemanager.provider.support.HostExtensions;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.provider.support.Paths;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_SystemDevice: GroupComponent = a virtual system, PartComponent = each of its logical devices; and
 * the links other parts of the host contribute ({@link org.vemanager.provider.support.HostExtensions#systemDevices()}:
 * the host to its own processors, memory and volumes).
 */
public final class SystemDeviceProvider extends BinaryAssociationProvider {

    private final ComputerSystemProvider systems;
    private final List<DeviceProvider> devices;
    private final List<LinkSource> contributed;

    public SystemDeviceProvider(VirtHost host, ComputerSystemProvider systems, List<DeviceProvider> devices,
            List<LinkSource> contributed) {
        super(host, CimNames.SYSTEM_DEVICE, "GroupComponent", "PartComponent");
        this.systems = systems;
        this.devices = List.copyOf(devices);
        this.contributed = contributed;
    }

    @Override
    protected List<Link> all() throws CimException {
        List<Link> out = new ArrayList<>();
        for (DomainView view : host.domains()) {
            out.addAll(links(view));
        }
        out.addAll(HostExtensions.all(contributed));
        return out;
    }

    @Override
    protected List<Link> linksOf(CIMObjectPath object) throws CimException {
        List<Link> out = new ArrayList<>(orNone(() -> Paths.isClass(object, CimNames.COMPUTER_SYSTEM)
                ? links(systems.view(object))
                : links(host.domain(DeviceProvider.systemUuidOf(object)))));
        out.addAll(HostExtensions.linksOf(contributed, object));
        return out;
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
