package org.vemanager.provider.profile.hostresource;

import java.util.List;
import org.libvirt.NodeInfo;
import org.vemanager.provider.profile.resourcepool.PoolId;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_HostMemory: the host's memory as one device (DeviceID {@value #DEVICE_ID}), in blocks of 1 KiB
 * as libvirt's node information counts it; part of the primordial memory pool, whose Capacity is the
 * same memory in MiB.
 */
public final class HostMemoryProvider extends HostDeviceProvider {

    public static final String CLASS = "VEM_HostMemory";
    public static final String DEVICE_ID = "memory";

    public HostMemoryProvider(VirtHost host) {
        super(host, CLASS);
    }

    @Override
    public List<HostDevice> devices() throws CimException {
        NodeInfo node = host.hypervisor().nodeInfo();
        return List.of(new HostDevice(base(DEVICE_ID)
                .string("ElementName", "Host memory")
                .caption("The host's memory, " + node.memory / 1024 + " MiB")
                .uint64("BlockSize", 1024L)
                .uint64("NumberOfBlocks", node.memory)
                .uint64("ConsumableBlocks", node.memory)
                .bool("Volatile", true)
                .build(), new PoolId(PoolKind.MEMORY, PoolKind.HOST_POOL)));
    }
}
