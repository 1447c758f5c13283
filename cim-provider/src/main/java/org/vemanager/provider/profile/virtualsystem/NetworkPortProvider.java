package org.vemanager.provider.profile.virtualsystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.libvirt.xml.domain.devices.NetInterface;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/**
 * VEM_NetworkPort: one per network adapter, DeviceID = its MAC address; PermanentAddress in CIM's form
 * (twelve hex digits, no separators).
 */
public final class NetworkPortProvider extends DeviceProvider {

    private static final int LINK_ETHERNET = 2;

    public NetworkPortProvider(VirtHost host) {
        super(host, CimNames.NETWORK_PORT);
    }

    @Override
    protected List<Device> devices(DomainView view, DomainXml live) {
        List<Device> out = new ArrayList<>();
        if (live.devices == null) {
            return out;
        }
        for (NetInterface nic : live.devices.interfaces) {
            String mac = nic.macAddress();
            if (mac == null) {
                continue;
            }
            out.add(new Device(base(view, mac)
                    .string("ElementName", nic.target == null ? mac : nic.target.dev)
                    .string("PermanentAddress", mac.replace(":", "").toUpperCase(Locale.ROOT))
                    .strings("NetworkAddresses", mac)
                    .uint16("LinkTechnology", LINK_ETHERNET)
                    .build(), InstanceIds.rasd(view.uuid(), ResourceKind.NETWORK, mac)));
        }
        return out;
    }
}
