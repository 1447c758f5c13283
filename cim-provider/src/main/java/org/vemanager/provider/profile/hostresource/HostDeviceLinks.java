package org.vemanager.provider.profile.hostresource;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.profile.systemvirtualization.HostSystemProvider;
import org.vemanager.provider.support.BinaryAssociationProvider.Link;
import org.vemanager.provider.support.LinkSource;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The host's part of VEM_SystemDevice: the host (GroupComponent) to each of its own devices
 * (PartComponent), for the provider that serves the virtual systems' devices too. A device is looked
 * up alone, so following one volume back to the host does not list every pool.
 */
public final class HostDeviceLinks implements LinkSource {

    private final HostSystemProvider hostSystem;
    private final List<HostDeviceProvider> devices;

    public HostDeviceLinks(HostSystemProvider hostSystem, List<HostDeviceProvider> devices) {
        this.hostSystem = hostSystem;
        this.devices = List.copyOf(devices);
    }

    @Override
    public List<Link> all() throws CimException {
        CIMObjectPath hostPath = hostSystem.path();
        List<Link> out = new ArrayList<>();
        for (HostDeviceProvider provider : devices) {
            for (HostDeviceProvider.HostDevice device : provider.devices()) {
                out.add(new Link(hostPath, device.path()));
            }
        }
        return out;
    }

    @Override
    public List<Link> linksOf(CIMObjectPath object) throws CimException {
        if (hostSystem.isThisHost(object)) {
            return all();
        }
        for (HostDeviceProvider provider : devices) {
            if (provider.serves(object)) {
                try {
                    return List.of(new Link(hostSystem.path(), provider.find(object).path()));
                } catch (CimException e) {
                    if (e.status() == CimStatus.NOT_FOUND) {
                        return List.of();
                    }
                    throw e;
                }
            }
        }
        return List.of();
    }
}
