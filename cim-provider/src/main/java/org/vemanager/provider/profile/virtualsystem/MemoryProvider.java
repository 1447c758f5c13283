package org.vemanager.provider.profile.virtualsystem;

import java.util.List;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceIds;
import org.vemanager.provider.mapping.ResourceKind;
import org.vemanager.provider.support.VirtHost;

/** VEM_Memory: the system's memory (DeviceID {@code memory}) in 1 MiB blocks: current and maximum. */
public final class MemoryProvider extends DeviceProvider {

    private static final long MIB = 1L << 20;

    public MemoryProvider(VirtHost host) {
        super(host, CimNames.MEMORY);
    }

    @Override
    protected List<Device> devices(DomainView view, DomainXml live) {
        long maxKib = live.memory == null ? 0 : live.memory.kib();
        long currentKib = live.currentMemory == null ? maxKib : live.currentMemory.kib();
        return List.of(new Device(base(view, "memory")
                .string("ElementName", "Memory")
                .uint64("BlockSize", MIB)
                .uint64("NumberOfBlocks", currentKib / 1024)
                .uint64("ConsumableBlocks", maxKib / 1024)
                .build(), InstanceIds.rasd(view.uuid(), ResourceKind.MEMORY, null)));
    }
}
