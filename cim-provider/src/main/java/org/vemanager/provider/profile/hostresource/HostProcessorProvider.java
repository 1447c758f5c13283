package org.vemanager.provider.profile.hostresource;

import java.util.ArrayList;
import java.util.List;
import org.libvirt.NodeInfo;
import org.vemanager.provider.profile.resourcepool.PoolId;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_HostProcessor: one per logical CPU libvirt's node information counts (DeviceID {@code cpu0},
 * {@code cpu1}, …), CurrentClockSpeed its MHz; all part of the primordial processor pool, whose
 * Capacity is the same count.
 */
public final class HostProcessorProvider extends HostDeviceProvider {

    public static final String CLASS = "VEM_HostProcessor";

    public HostProcessorProvider(VirtHost host) {
        super(host, CLASS);
    }

    @Override
    public List<HostDevice> devices() throws CimException {
        NodeInfo node = host.hypervisor().nodeInfo();
        PoolId pool = new PoolId(PoolKind.PROCESSOR, PoolKind.HOST_POOL);
        List<HostDevice> out = new ArrayList<>();
        for (int i = 0; i < node.cpus; i++) {
            out.add(new HostDevice(base("cpu" + i)
                    .string("ElementName", "CPU " + i)
                    .caption("Logical processor " + i + " of the host (" + node.model + ")")
                    .uint32("CurrentClockSpeed", node.mhz > 0 ? (long) node.mhz : null)
                    .build(), pool));
        }
        return out;
    }
}
