package org.vemanager.provider.profile.hostresource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vemanager.provider.libvirt.StoragePools;
import org.vemanager.provider.profile.resourcepool.PoolId;
import org.vemanager.provider.profile.resourcepool.PoolKind;
import org.vemanager.provider.support.VirtHost;
import org.vemanager.wbem.spi.CimException;

/**
 * VEM_HostStorageExtent: one per volume of an active libvirt storage pool (an inactive pool lists
 * none). DeviceID is {@code pool/volume}, the name a disk RASD's HostResource gives the volume; Name is
 * its path; the size is BlockSize 1 × NumberOfBlocks bytes, and AllocatedBytes what it takes on the
 * host now. Read with the pool listing the pools already use (one volume listing per pool, no volume
 * XML); a lookup of one volume reads only its pool.
 */
public final class HostStorageExtentProvider extends HostDeviceProvider {

    public static final String CLASS = "VEM_HostStorageExtent";

    private final StoragePools storagePools;

    public HostStorageExtentProvider(VirtHost host, StoragePools storagePools) {
        super(host, CLASS);
        this.storagePools = storagePools;
    }

    /** The DeviceID of volume {@code volume} of pool {@code pool}. */
    public static String deviceId(String pool, String volume) {
        return pool + "/" + volume;
    }

    @Override
    public List<HostDevice> devices() throws CimException {
        List<HostDevice> out = new ArrayList<>();
        for (StoragePools.Pool pool : storagePools.list()) {
            out.addAll(volumes(pool));
        }
        return out;
    }

    @Override
    public List<HostDevice> devicesOf(PoolId pool) throws CimException {
        if (pool.kind() != PoolKind.STORAGE) {
            return List.of();
        }
        Optional<StoragePools.Pool> found = storagePools.find(pool.name());
        return found.isPresent() ? volumes(found.get()) : List.of();
    }

    @Override
    protected Optional<HostDevice> device(String deviceId) throws CimException {
        int slash = deviceId.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String volume = deviceId.substring(slash + 1);
        for (HostDevice device : devicesOf(new PoolId(PoolKind.STORAGE, deviceId.substring(0, slash)))) {
            if (device.instance().getPropertyValue("ElementName").equals(volume)) {
                return Optional.of(device);
            }
        }
        return Optional.empty();
    }

    private List<HostDevice> volumes(StoragePools.Pool pool) throws CimException {
        PoolId id = new PoolId(PoolKind.STORAGE, pool.name());
        List<HostDevice> out = new ArrayList<>();
        for (StoragePools.Volume volume : pool.volumes()) {
            out.add(new HostDevice(base(deviceId(pool.name(), volume.name()))
                    .string("ElementName", volume.name())
                    .string("Name", volume.path())
                    .caption("Volume " + volume.name() + " of storage pool " + pool.name())
                    .uint64("BlockSize", 1L)
                    .uint64("NumberOfBlocks", volume.capacity())
                    .uint64("ConsumableBlocks", volume.capacity())
                    .uint64("AllocatedBytes", volume.allocation())
                    .bool("Primordial", false)
                    .build(), id));
        }
        return out;
    }
}
